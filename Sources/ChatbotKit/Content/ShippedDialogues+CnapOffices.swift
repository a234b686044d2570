extension ShippedDialogues {
    /// Information «ЦНАП: адреси та графік роботи» (TsNAP: addresses and opening hours).
    static let cnapOffices = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "cnap_offices",
          "version": 1,
          "kind": "information",
          "title": {
            "uk": "ЦНАП: адреси та графік роботи",
            "en": "TsNAP: addresses and opening hours"
          },
          "start": "list",
          "keywords": [
            {
              "uk": "ЦНАП",
              "en": "TsNAP"
            },
            {
              "uk": "адреса ЦНАП",
              "en": "TsNAP address"
            },
            {
              "uk": "графік роботи",
              "en": "opening hours"
            },
            {
              "uk": "коли працює",
              "en": "when open"
            },
            {
              "uk": "адмінцентр",
              "en": "administrative services centre"
            }
          ],
          "nodes": {
            "list": {
              "kind": "action",
              "action": "cnap.offices",
              "next": [
                {
                  "goto": "done"
                }
              ]
            },
            "done": {
              "kind": "end",
              "text": {
                "uk": "Багато довідок і заяв можна оформити онлайн у Дії (diia.gov.ua). Якщо не можете прийти до ЦНАП через стан здоров’я чи вік — зателефонуйте: адміністратор підкаже, чи можливе виїзне обслуговування.",
                "en": "Many certificates and applications are available online in Diia (diia.gov.ua). If you cannot come to the TsNAP because of your health or age, call: the administrator will tell you whether a home visit is possible."
              }
            }
          }
        }
        """#
}
