extension ShippedDialogues {
    /// Frequent question «Які послуги можна отримати онлайн?» (Which services are available online?).
    static let faqOnline = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_online",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Які послуги можна отримати онлайн?",
            "en": "Which services are available online?"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "онлайн",
              "en": "online"
            },
            {
              "uk": "Дія",
              "en": "Diia"
            },
            {
              "uk": "електронні послуги",
              "en": "e-services"
            },
            {
              "uk": "без черги",
              "en": "without queuing"
            },
            {
              "uk": "через інтернет",
              "en": "over the internet"
            }
          ],
          "nodes": {
            "a": {
              "kind": "end",
              "text": {
                "uk": "Онлайн у Дії (diia.gov.ua та застосунок) доступні, зокрема: витяг про несудимість, реєстрація ФОП, єМалятко, декларування місця проживання, витяг з реєстру територіальної громади, довідка ВПО. Витяг із земельного кадастру та довідку з реєстру нерухомості можна замовити на сайтах Держгеокадастру та Мін’юсту, індивідуальний номерний знак — в електронному кабінеті водія на hsc.gov.ua. Для входу знадобиться Дія.Підпис, кваліфікований електронний підпис або BankID.",
                "en": "Diia (diia.gov.ua and the app) offers, among others: criminal record certificate, sole-proprietor registration, eMalyatko, residence declaration, community register extract and the IDP certificate. Land cadastre and property register extracts can be ordered on the websites of the State Land Cadastre and the Ministry of Justice, a personalised number plate in the driver’s e-cabinet at hsc.gov.ua. You will need Diia.Signature, a qualified e-signature or BankID to sign in."
              }
            }
          }
        }
        """#
}
