extension ShippedDialogues {
    /// Menu «Послуги» (Services).
    static let services = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "services",
          "version": 1,
          "kind": "menu",
          "title": {
            "uk": "Послуги",
            "en": "Services"
          },
          "start": "start",
          "keywords": [
            {
              "uk": "послуги",
              "en": "services"
            },
            {
              "uk": "адміністративні послуги",
              "en": "administrative services"
            },
            {
              "uk": "консультація",
              "en": "consultation"
            },
            {
              "uk": "довідка",
              "en": "certificate"
            }
          ],
          "nodes": {
            "start": {
              "kind": "menu",
              "text": {
                "uk": "Послуги: консультації щодо найпопулярніших адміністративних послуг, адреси й графік роботи ЦНАП, послуги онлайн і відповіді на часті питання.",
                "en": "Services: guidance on the most requested administrative services, TsNAP addresses and hours, online services and answers to frequent questions."
              },
              "options": [
                {
                  "label": {
                    "uk": "Особисті документи",
                    "en": "Personal documents"
                  },
                  "goto": "docs"
                },
                {
                  "label": {
                    "uk": "Сім’я і соціальна підтримка",
                    "en": "Family and social support"
                  },
                  "goto": "family"
                },
                {
                  "label": {
                    "uk": "Земля і нерухомість",
                    "en": "Land and property"
                  },
                  "goto": "property"
                },
                {
                  "label": {
                    "uk": "Бізнес і транспорт",
                    "en": "Business and transport"
                  },
                  "goto": "business"
                },
                {
                  "label": {
                    "uk": "ЦНАП: адреси й графік",
                    "en": "TsNAP: addresses and hours"
                  },
                  "goto": "dialogue:cnap_offices"
                },
                {
                  "label": {
                    "uk": "Послуги онлайн",
                    "en": "Services online"
                  },
                  "goto": "dialogue:official_sources"
                },
                {
                  "label": {
                    "uk": "Часті питання",
                    "en": "Frequent questions"
                  },
                  "goto": "dialogue:faq"
                }
              ]
            },
            "docs": {
              "kind": "menu",
              "text": {
                "uk": "Особисті документи: оберіть послугу.",
                "en": "Personal documents: choose a service."
              },
              "options": [
                {
                  "label": {
                    "uk": "Паспорт (ID-картка)",
                    "en": "Passport (ID card)"
                  },
                  "goto": "dialogue:id_card"
                },
                {
                  "label": {
                    "uk": "Закордонний паспорт",
                    "en": "Passport for travel abroad"
                  },
                  "goto": "dialogue:foreign_passport"
                },
                {
                  "label": {
                    "uk": "Довідка про несудимість",
                    "en": "Criminal record certificate"
                  },
                  "goto": "dialogue:criminal_record"
                },
                {
                  "label": {
                    "uk": "Реєстрація місця проживання",
                    "en": "Residence registration"
                  },
                  "goto": "dialogue:residence"
                },
                {
                  "label": {
                    "uk": "Довідка про склад сім’ї",
                    "en": "Household composition extract"
                  },
                  "goto": "dialogue:registered_persons"
                }
              ]
            },
            "family": {
              "kind": "menu",
              "text": {
                "uk": "Сім’я і соціальна підтримка: оберіть послугу.",
                "en": "Family and social support: choose a service."
              },
              "options": [
                {
                  "label": {
                    "uk": "єМалятко",
                    "en": "eMalyatko (newborn)"
                  },
                  "goto": "dialogue:emalyatko"
                },
                {
                  "label": {
                    "uk": "Посвідчення багатодітної сім’ї",
                    "en": "Large-family certificate"
                  },
                  "goto": "dialogue:large_family"
                },
                {
                  "label": {
                    "uk": "Житлова субсидія",
                    "en": "Housing subsidy"
                  },
                  "goto": "dialogue:housing_subsidy"
                },
                {
                  "label": {
                    "uk": "Довідка ВПО",
                    "en": "IDP certificate"
                  },
                  "goto": "dialogue:idp_certificate"
                },
                {
                  "label": {
                    "uk": "Допомога по безробіттю",
                    "en": "Unemployment benefit"
                  },
                  "goto": "dialogue:unemployment"
                }
              ]
            },
            "property": {
              "kind": "menu",
              "text": {
                "uk": "Земля і нерухомість: оберіть послугу.",
                "en": "Land and property: choose a service."
              },
              "options": [
                {
                  "label": {
                    "uk": "Витяг із земельного кадастру",
                    "en": "Land cadastre extract"
                  },
                  "goto": "dialogue:land_cadastre_extract"
                },
                {
                  "label": {
                    "uk": "Довідка з реєстру нерухомості",
                    "en": "Property register extract"
                  },
                  "goto": "dialogue:property_register"
                }
              ]
            },
            "business": {
              "kind": "menu",
              "text": {
                "uk": "Бізнес і транспорт: оберіть послугу.",
                "en": "Business and transport: choose a service."
              },
              "options": [
                {
                  "label": {
                    "uk": "Реєстрація ФОП",
                    "en": "Registering as a sole proprietor"
                  },
                  "goto": "dialogue:fop_registration"
                },
                {
                  "label": {
                    "uk": "Дозволи та ліцензії",
                    "en": "Permits and licences"
                  },
                  "goto": "dialogue:permits"
                },
                {
                  "label": {
                    "uk": "Індивідуальний номерний знак",
                    "en": "Personalised number plate"
                  },
                  "goto": "dialogue:license_plate"
                }
              ]
            }
          }
        }
        """#
}
