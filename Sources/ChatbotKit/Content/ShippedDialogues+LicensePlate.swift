extension ShippedDialogues {
    /// Consultation «Індивідуальний номерний знак» (Personalised number plate).
    static let licensePlate = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "license_plate",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Індивідуальний номерний знак",
            "en": "Personalised number plate"
          },
          "start": "own",
          "variables": {
            "owner": {
              "type": "choice",
              "values": [
                "yes",
                "no"
              ]
            },
            "stage": {
              "type": "choice",
              "values": [
                "registered",
                "new"
              ]
            },
            "how": {
              "type": "choice",
              "values": [
                "online",
                "cnap"
              ]
            }
          },
          "keywords": [
            {
              "uk": "номерний знак",
              "en": "number plate"
            },
            {
              "uk": "індивідуальний номер",
              "en": "personalised plate"
            },
            {
              "uk": "номер на авто",
              "en": "car number"
            },
            {
              "uk": "іменний номер",
              "en": "vanity plate"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про дорожній рух»",
              "Порядок державної реєстрації (перереєстрації), зняття з обліку автомобілів…, затверджений постановою КМУ від 07.09.1998 № 1388",
              "Постанова КМУ від 04.06.2007 № 795 «Про затвердження переліку платних послуг, які надаються підрозділами Міністерства внутрішніх справ…»"
            ],
            "sources": [
              "https://hsc.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/3353-12"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "own": {
              "kind": "question",
              "text": {
                "uk": "Індивідуальний номерний знак: ваша комбінація символів на номері авто.\nВи власник транспортного засобу?",
                "en": "Personalised number plate: your own combination on your car’s plates.\nAre you the vehicle owner?"
              },
              "variable": "owner",
              "input": "choice",
              "options": [
                {
                  "value": "yes",
                  "label": {
                    "uk": "Так, я власник",
                    "en": "Yes, I am the owner"
                  }
                },
                {
                  "value": "no",
                  "label": {
                    "uk": "Ні, дію за довіреністю",
                    "en": "No, I have a power of attorney"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "owner",
                    "op": "eq",
                    "value": "no"
                  },
                  "goto": "proxy"
                },
                {
                  "goto": "stage"
                }
              ]
            },
            "proxy": {
              "kind": "message",
              "text": {
                "uk": "Замовити індивідуальний знак може власник транспортного засобу або його представник за нотаріально посвідченою довіреністю, в якій передбачено такі повноваження. Представник бере свій паспорт і довіреність.",
                "en": "A personalised plate can be ordered by the vehicle owner or a representative with a notarised power of attorney covering this. The representative brings their own passport and the power of attorney."
              },
              "next": [
                {
                  "goto": "stage"
                }
              ]
            },
            "stage": {
              "kind": "question",
              "text": {
                "uk": "Транспортний засіб уже зареєстровано?",
                "en": "Is the vehicle already registered?"
              },
              "variable": "stage",
              "input": "choice",
              "options": [
                {
                  "value": "registered",
                  "label": {
                    "uk": "Так, уже зареєстровано",
                    "en": "Yes, already registered"
                  }
                },
                {
                  "value": "new",
                  "label": {
                    "uk": "Ні, реєструю зараз",
                    "en": "No, registering it now"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "stage",
                    "op": "eq",
                    "value": "registered"
                  },
                  "goto": "registered"
                },
                {
                  "goto": "new"
                }
              ]
            },
            "registered": {
              "kind": "message",
              "text": {
                "uk": "Для вже зареєстрованого авто індивідуальний знак встановлюють через перереєстрацію транспортного засобу в сервісному центрі МВС зі зміною номерних знаків. Візьміть свідоцтво про реєстрацію транспортного засобу і старі номерні знаки.",
                "en": "For a vehicle already registered, the personalised plate is fitted by re-registering it at an MIA service centre with a change of plates. Bring the vehicle registration certificate and the old plates."
              },
              "next": [
                {
                  "goto": "how"
                }
              ]
            },
            "new": {
              "kind": "message",
              "text": {
                "uk": "Якщо авто ще реєструєте, замовте індивідуальний знак заздалегідь і вкажіть його під час реєстрації в сервісному центрі МВС.",
                "en": "If you are registering the car now, order the personalised plate in advance and name it when registering at the MIA service centre."
              },
              "next": [
                {
                  "goto": "how"
                }
              ]
            },
            "how": {
              "kind": "question",
              "text": {
                "uk": "Як зручніше замовити?",
                "en": "How would you like to order?"
              },
              "variable": "how",
              "input": "choice",
              "options": [
                {
                  "value": "online",
                  "label": {
                    "uk": "Самостійно онлайн",
                    "en": "Myself, online"
                  }
                },
                {
                  "value": "cnap",
                  "label": {
                    "uk": "З допомогою адміністратора ЦНАП",
                    "en": "With a TsNAP administrator"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "how",
                    "op": "eq",
                    "value": "online"
                  },
                  "goto": "online"
                },
                {
                  "goto": "cnap"
                }
              ]
            },
            "online": {
              "kind": "message",
              "text": {
                "uk": "Онлайн: в електронному кабінеті водія на сайті Головного сервісного центру МВС (hsc.gov.ua). Увійдіть через Дія.Підпис, кваліфікований електронний підпис або BankID, перевірте, чи вільна бажана комбінація, оплатіть її та оберіть сервісний центр, де отримаєте знак.",
                "en": "Online: in the driver’s e-cabinet on the MIA Main Service Centre website (hsc.gov.ua). Sign in with Diia.Signature, a qualified e-signature or BankID, check that your combination is free, pay for it and choose the service centre where you will collect the plate."
              },
              "next": [
                {
                  "goto": "f_online"
                }
              ]
            },
            "f_online": {
              "kind": "facts",
              "service": "license-plate-order",
              "show": [
                "cost",
                "eservice"
              ],
              "text": {
                "uk": "Вартість залежить від комбінації:",
                "en": "The cost depends on the combination:"
              },
              "next": [
                {
                  "goto": "done"
                }
              ]
            },
            "cnap": {
              "kind": "facts",
              "service": "license-plate-order",
              "show": [
                "cost",
                "term",
                "documents"
              ],
              "text": {
                "uk": "Умови в нашій громаді:",
                "en": "Conditions in our community:"
              },
              "next": [
                {
                  "goto": "places"
                }
              ]
            },
            "places": {
              "kind": "action",
              "action": "catalog.places",
              "arguments": {
                "service": "license-plate-order"
              },
              "next": [
                {
                  "goto": "done"
                }
              ]
            },
            "done": {
              "kind": "end",
              "text": {
                "uk": "Комбінацію закріплюють за вами після оплати. Сам знак видає лише сервісний центр МВС; ЦНАП допомагає оформити замовлення. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "The combination is reserved for you once paid. Only an MIA service centre issues the plate itself; the TsNAP helps you place the order. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
