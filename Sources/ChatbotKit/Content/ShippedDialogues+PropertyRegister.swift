extension ShippedDialogues {
    /// Consultation «Довідка з Державного реєстру речових прав на нерухоме майно» (Extract from the State Register of Property Rights).
    static let propertyRegister = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "property_register",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Довідка з Державного реєстру речових прав на нерухоме майно",
            "en": "Extract from the State Register of Property Rights"
          },
          "start": "goal",
          "variables": {
            "goal": {
              "type": "choice",
              "values": [
                "check",
                "own"
              ]
            },
            "when": {
              "type": "choice",
              "values": [
                "after2013",
                "before2013"
              ]
            },
            "loc": {
              "type": "choice",
              "values": [
                "ua",
                "tot"
              ]
            }
          },
          "keywords": [
            {
              "uk": "реєстр нерухомості",
              "en": "property register"
            },
            {
              "uk": "довідка про власність",
              "en": "proof of ownership"
            },
            {
              "uk": "витяг з реєстру речових прав",
              "en": "property rights extract"
            },
            {
              "uk": "обтяження",
              "en": "encumbrance"
            },
            {
              "uk": "квартира",
              "en": "flat"
            },
            {
              "uk": "будинок",
              "en": "house"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про державну реєстрацію речових прав на нерухоме майно та їх обтяжень»",
              "Порядок державної реєстрації речових прав на нерухоме майно та їх обтяжень, затверджений постановою КМУ від 25.12.2015 № 1127"
            ],
            "sources": [
              "https://kap.minjust.gov.ua",
              "https://minjust.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/1952-15"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "goal": {
              "kind": "question",
              "text": {
                "uk": "Довідка з Державного реєстру речових прав на нерухоме майно: хто власник, чи є іпотека, арешт або інші обтяження.\nЩо вам потрібно?",
                "en": "Extract from the State Register of Property Rights: who owns a property and whether there is a mortgage, seizure or other encumbrance.\nWhat do you need?"
              },
              "variable": "goal",
              "input": "choice",
              "options": [
                {
                  "value": "check",
                  "label": {
                    "uk": "Перевірити будь-який об’єкт",
                    "en": "Check any property"
                  }
                },
                {
                  "value": "own",
                  "label": {
                    "uk": "Підтвердити своє право",
                    "en": "Confirm my own title"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "goal",
                    "op": "eq",
                    "value": "check"
                  },
                  "goto": "check"
                },
                {
                  "goto": "when"
                }
              ]
            },
            "check": {
              "kind": "message",
              "text": {
                "uk": "Інформаційну довідку з реєстру може отримати будь-яка особа щодо будь-якого об’єкта — знадобиться адреса або реєстраційний номер об’єкта. Це зручно перевірити перед купівлею чи орендою житла.",
                "en": "Anyone can get an information extract about any property — you need its address or register number. It is a good check before buying or renting."
              },
              "next": [
                {
                  "goto": "loc"
                }
              ]
            },
            "when": {
              "kind": "question",
              "text": {
                "uk": "Коли зареєстровано ваше право власності?",
                "en": "When was your ownership registered?"
              },
              "variable": "when",
              "input": "choice",
              "options": [
                {
                  "value": "after2013",
                  "label": {
                    "uk": "З 2013 року або не знаю",
                    "en": "Since 2013, or not sure"
                  }
                },
                {
                  "value": "before2013",
                  "label": {
                    "uk": "До 2013 року (у БТІ)",
                    "en": "Before 2013 (at the BTI)"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "when",
                    "op": "eq",
                    "value": "before2013"
                  },
                  "goto": "before2013"
                },
                {
                  "goto": "loc"
                }
              ]
            },
            "before2013": {
              "kind": "message",
              "text": {
                "uk": "Права, зареєстровані до 1 січня 2013 року (у БТІ, за державними актами), можуть бути відсутні в чинному Державному реєстрі речових прав. Тоді довідка не покаже вашого права, хоча воно дійсне. Щоб внести відомості до реєстру, зверніться з правовстановчими документами до державного реєстратора в ЦНАП або до нотаріуса.",
                "en": "Rights registered before 1 January 2013 (at the BTI or by state deeds) may be missing from the current State Register of Property Rights. Then the extract will not show your right, though it is valid. To have it entered, bring your title documents to a state registrar at the TsNAP or to a notary."
              },
              "next": [
                {
                  "goto": "loc"
                }
              ]
            },
            "loc": {
              "kind": "question",
              "text": {
                "uk": "Де розташований об’єкт?",
                "en": "Where is the property?"
              },
              "variable": "loc",
              "input": "choice",
              "options": [
                {
                  "value": "ua",
                  "label": {
                    "uk": "На підконтрольній Україні території",
                    "en": "In government-controlled territory"
                  }
                },
                {
                  "value": "tot",
                  "label": {
                    "uk": "На окупованій території",
                    "en": "In an occupied territory"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "loc",
                    "op": "eq",
                    "value": "tot"
                  },
                  "goto": "tot"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "tot": {
              "kind": "message",
              "text": {
                "uk": "Під час воєнного стану реєстраційні дії щодо нерухомості на тимчасово окупованих територіях обмежені, але інформаційну довідку з реєстру отримати можна. Вона допоможе підтвердити право власності, зокрема для компенсації за пошкоджене чи знищене майно (програма «єВідновлення» в Дії).",
                "en": "Under martial law, registration of property in temporarily occupied territories is restricted, but an information extract from the register is still available. It helps confirm ownership, including for compensation for damaged or destroyed property (the eVidnovlennia programme in Diia)."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "property-register-extract",
              "show": [
                "cost",
                "term",
                "documents",
                "places",
                "eservice"
              ],
              "text": {
                "uk": "Умови отримання довідки в нашій громаді та онлайн:",
                "en": "How to get the extract in our community and online:"
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
                "uk": "Онлайн довідку можна отримати в кабінеті електронних сервісів Мін’юсту (kap.minjust.gov.ua) з кваліфікованим електронним підписом. Для угоди нотаріус сам перевіряє реєстр. Права на землю, зареєстровані до 2013 року, можуть бути відображені в Державному земельному кадастрі. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "Online, the extract is available in the Ministry of Justice e-services cabinet (kap.minjust.gov.ua) with a qualified e-signature. For a deal, the notary checks the register directly. Land rights registered before 2013 may be recorded in the State Land Cadastre. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
