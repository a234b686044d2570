extension ShippedDialogues {
    /// Frequent question «Хто такі ВПО?» (Who is an IDP?).
    static let faqWhatIsIdp = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_what_is_idp",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Хто такі ВПО?",
            "en": "Who is an IDP?"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "що таке ВПО",
              "en": "what is an IDP"
            },
            {
              "uk": "статус ВПО",
              "en": "IDP status"
            },
            {
              "uk": "переселенець",
              "en": "displaced person"
            },
            {
              "uk": "внутрішньо переміщена особа",
              "en": "internally displaced person"
            }
          ],
          "nodes": {
            "a": {
              "kind": "message",
              "text": {
                "uk": "Внутрішньо переміщена особа (ВПО) — громадянин України, іноземець або особа без громадянства, які законно перебувають в Україні й були змушені залишити місце проживання через збройну агресію, окупацію, бойові дії, надзвичайні ситуації чи порушення прав людини. Статус підтверджує довідка про взяття на облік ВПО; вона дає право на допомогу на проживання (за умовами), соціальні послуги та інші гарантії.",
                "en": "An internally displaced person (IDP) is a Ukrainian citizen, foreigner or stateless person lawfully in Ukraine who had to leave their home because of armed aggression, occupation, hostilities, emergencies or human-rights violations. The status is confirmed by the IDP registration certificate, which gives access to the living allowance (subject to conditions), social services and other guarantees."
              },
              "next": [
                {
                  "goto": "dialogue:idp_info"
                }
              ]
            }
          }
        }
        """#
}
