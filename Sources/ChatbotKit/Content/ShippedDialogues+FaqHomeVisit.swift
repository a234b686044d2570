extension ShippedDialogues {
    /// Frequent question «Я не можу прийти до ЦНАП» (I cannot come to the TsNAP).
    static let faqHomeVisit = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_home_visit",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Я не можу прийти до ЦНАП",
            "en": "I cannot come to the TsNAP"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "виїзне обслуговування",
              "en": "home visit"
            },
            {
              "uk": "не можу прийти",
              "en": "cannot come"
            },
            {
              "uk": "маломобільні",
              "en": "limited mobility"
            },
            {
              "uk": "інвалідність",
              "en": "disability"
            },
            {
              "uk": "мобільний ЦНАП",
              "en": "mobile TsNAP"
            }
          ],
          "nodes": {
            "a": {
              "kind": "message",
              "text": {
                "uk": "Людям з інвалідністю, людям поважного віку, тимчасово маломобільним і мешканцям віддалених сіл ЦНАП може надати послугу вдома чи в старостинському окрузі — через виїзне (пересувне) робоче місце адміністратора, передбачене статтею 12 Закону України «Про адміністративні послуги». Зателефонуйте до ЦНАП і домовтеся про візит. Частину послуг можна також отримати онлайн у Дії або через представника за довіреністю.",
                "en": "For people with disabilities, older people, those temporarily unable to move about and residents of remote villages, the TsNAP can provide a service at home or in the starosta district through a mobile administrator workplace (Article 12 of the Law “On Administrative Services”). Call the TsNAP to arrange a visit. Some services are also available online in Diia or through a representative with a power of attorney."
              },
              "next": [
                {
                  "goto": "dialogue:cnap_offices"
                }
              ]
            }
          }
        }
        """#
}
