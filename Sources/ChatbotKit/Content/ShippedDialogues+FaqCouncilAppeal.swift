extension ShippedDialogues {
    /// Frequent question «Як звернутися до ради?» (How do I contact the council?).
    static let faqCouncilAppeal = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_council_appeal",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Як звернутися до ради?",
            "en": "How do I contact the council?"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "звернення",
              "en": "appeal"
            },
            {
              "uk": "скарга",
              "en": "complaint"
            },
            {
              "uk": "заява до ради",
              "en": "application to the council"
            },
            {
              "uk": "написати голові",
              "en": "write to the head"
            },
            {
              "uk": "пропозиція",
              "en": "suggestion"
            }
          ],
          "nodes": {
            "a": {
              "kind": "end",
              "text": {
                "uk": "Звернутися до ради, її виконавчого комітету чи посадової особи можна письмово (особисто через загальний відділ чи ЦНАП, поштою або електронною поштою з підписом) або усно на особистому прийомі. У зверненні вкажіть прізвище, ім’я, адресу для відповіді та суть питання. Строк розгляду — до одного місяця, а якщо вивчення не потрібне — до 15 днів (стаття 20 Закону України «Про звернення громадян»). Відповідь ви отримаєте письмово. Контакти — на офіційному сайті громади.",
                "en": "You can write to the council, its executive committee or an official (in person at the general office or TsNAP, by post, or by signed e-mail) or raise the matter at a personal reception. State your name, an address for the reply and the substance of the question. It is considered within one month, or 15 days if no further study is needed (Article 20 of the Law “On Citizens’ Appeals”). You will get a written reply. Contacts are on the community’s official website."
              }
            }
          }
        }
        """#
}
