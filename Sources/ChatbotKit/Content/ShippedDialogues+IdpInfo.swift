extension ShippedDialogues {
    /// Information «Інформація для ВПО» (Information for IDPs).
    static let idpInfo = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "idp_info",
          "version": 1,
          "kind": "information",
          "title": {
            "uk": "Інформація для ВПО",
            "en": "Information for IDPs"
          },
          "start": "start",
          "keywords": [
            {
              "uk": "ВПО",
              "en": "IDP"
            },
            {
              "uk": "переселенці",
              "en": "displaced people"
            },
            {
              "uk": "внутрішньо переміщені",
              "en": "internally displaced"
            },
            {
              "uk": "гуманітарна допомога",
              "en": "humanitarian aid"
            },
            {
              "uk": "евакуація",
              "en": "evacuation"
            }
          ],
          "nodes": {
            "start": {
              "kind": "menu",
              "text": {
                "uk": "Інформація для внутрішньо переміщених осіб (ВПО). Оберіть тему:",
                "en": "Information for internally displaced persons (IDPs). Choose a topic:"
              },
              "options": [
                {
                  "label": {
                    "uk": "Довідка ВПО",
                    "en": "IDP certificate"
                  },
                  "goto": "dialogue:idp_certificate"
                },
                {
                  "label": {
                    "uk": "Виплати та допомога",
                    "en": "Payments and benefits"
                  },
                  "goto": "pay"
                },
                {
                  "label": {
                    "uk": "Житло",
                    "en": "Housing"
                  },
                  "goto": "home"
                },
                {
                  "label": {
                    "uk": "Гуманітарна допомога",
                    "en": "Humanitarian aid"
                  },
                  "goto": "aid"
                },
                {
                  "label": {
                    "uk": "Робота і навчання",
                    "en": "Jobs and training"
                  },
                  "goto": "dialogue:unemployment"
                },
                {
                  "label": {
                    "uk": "Документи з окупованих територій",
                    "en": "Documents from occupied areas"
                  },
                  "goto": "docs"
                }
              ]
            },
            "pay": {
              "kind": "end",
              "text": {
                "uk": "Після отримання довідки ВПО можна звернутися по допомогу на проживання: її призначає Пенсійний фонд з урахуванням доходів, майна та інших критеріїв і періодично переглядає. Також ВПО можуть мати право на житлову субсидію, соціальні послуги та інші допомоги. Заяви приймають ЦНАП, Пенсійний фонд та управління соціального захисту; частину послуг можна отримати в Дії. Актуальні умови — на сайті Пенсійного фонду (pfu.gov.ua).",
                "en": "Once you have the IDP certificate you can apply for the living allowance: the Pension Fund grants it subject to income, property and other criteria and reviews it periodically. IDPs may also be entitled to a housing subsidy, social services and other benefits. Applications are taken by the TsNAP, the Pension Fund and the social protection department; some services are in Diia. Current conditions are on the Pension Fund website (pfu.gov.ua)."
              }
            },
            "home": {
              "kind": "end",
              "text": {
                "uk": "Про місця тимчасового проживання для ВПО в громаді дізнайтеся в ЦНАП або управлінні соціального захисту. Якщо орендуєте житло, укладіть договір найму: він знадобиться для декларування місця проживання, субсидії та інших послуг. Якщо ваше житло пошкоджене чи зруйноване, подайте повідомлення в Дії — це перший крок до компенсації (програма «єВідновлення»).",
                "en": "Ask the TsNAP or the social protection department about temporary accommodation for IDPs in the community. If you rent, sign a tenancy agreement: you will need it to register your address, for the subsidy and other services. If your home is damaged or destroyed, report it in Diia — the first step towards compensation (the eVidnovlennia programme)."
              }
            },
            "aid": {
              "kind": "end",
              "text": {
                "uk": "Графік і місця видачі гуманітарної допомоги в громаді уточнюйте в ЦНАП, управлінні соціального захисту або на офіційному сайті громади. Допомогу видають безоплатно — не передавайте нікому коди з SMS і дані банківської картки.",
                "en": "Ask the TsNAP, the social protection department or the community’s official website for the times and places of humanitarian aid distribution. Aid is free — never give anyone SMS codes or your bank card details."
              }
            },
            "docs": {
              "kind": "end",
              "text": {
                "uk": "Документи, видані окупаційною владою, в Україні не визнаються. Факти народження чи смерті на тимчасово окупованій території встановлює суд в окремому провадженні, після чого відділ ДРАЦС видає українське свідоцтво. Паспорт громадянина України можна оформити в ЦНАП чи підрозділі ДМС незалежно від місця реєстрації. Безоплатну правничу допомогу надають за номером 0 800 213 103.",
                "en": "Documents issued by the occupying authorities are not recognised in Ukraine. A court establishes a birth or death on an occupied territory in a separate procedure, after which the civil registry issues a Ukrainian certificate. You can get a Ukrainian passport at a TsNAP or Migration Service office wherever you are registered. Free legal aid: 0 800 213 103."
              }
            }
          }
        }
        """#
}
