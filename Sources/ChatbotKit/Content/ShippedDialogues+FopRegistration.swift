extension ShippedDialogues {
    /// Consultation «Реєстрація фізичної особи — підприємця (ФОП)» (Registering as a sole proprietor (FOP)).
    static let fopRegistration = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "fop_registration",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Реєстрація фізичної особи — підприємця (ФОП)",
            "en": "Registering as a sole proprietor (FOP)"
          },
          "start": "age",
          "variables": {
            "age": {
              "type": "number"
            },
            "cit": {
              "type": "choice",
              "values": [
                "ua",
                "permit",
                "nopermit"
              ]
            },
            "way": {
              "type": "choice",
              "values": [
                "diia",
                "cnap"
              ]
            },
            "tax": {
              "type": "choice",
              "values": [
                "yes",
                "no",
                "unsure"
              ]
            }
          },
          "keywords": [
            {
              "uk": "ФОП",
              "en": "FOP"
            },
            {
              "uk": "підприємець",
              "en": "entrepreneur"
            },
            {
              "uk": "відкрити ФОП",
              "en": "open a sole proprietorship"
            },
            {
              "uk": "власний бізнес",
              "en": "own business"
            },
            {
              "uk": "єдиний податок",
              "en": "single tax"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про державну реєстрацію юридичних осіб, фізичних осіб — підприємців та громадських формувань»",
              "Цивільний кодекс України, ст. 35, 50",
              "Податковий кодекс України, глава 1 розділу XIV (спрощена система оподаткування)"
            ],
            "sources": [
              "https://diia.gov.ua/services/reyestraciya-fop",
              "https://tax.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/755-15"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "age": {
              "kind": "question",
              "text": {
                "uk": "Реєстрація ФОП. Скільки вам повних років?",
                "en": "Registering as a sole proprietor. How old are you (full years)?"
              },
              "variable": "age",
              "input": "number",
              "validation": {
                "min": 0,
                "max": 120
              },
              "invalid": {
                "uk": "Введіть вік числом від 0 до 120, наприклад 14.",
                "en": "Enter the age as a number from 0 to 120, e.g. 14."
              },
              "maxRetries": 2,
              "next": [
                {
                  "when": {
                    "var": "age",
                    "op": "lt",
                    "value": 16
                  },
                  "goto": "too_young"
                },
                {
                  "when": {
                    "var": "age",
                    "op": "lt",
                    "value": 18
                  },
                  "goto": "minor"
                },
                {
                  "goto": "cit"
                }
              ]
            },
            "too_young": {
              "kind": "end",
              "text": {
                "uk": "Зареєструватися ФОП можна з 18 років, а з 16 — за нотаріально засвідченою згодою батьків (піклувальника) або за рішенням органу опіки та піклування.",
                "en": "You can register as a sole proprietor from 18, or from 16 with notarised consent of your parents (guardian) or a decision of the guardianship authority."
              }
            },
            "minor": {
              "kind": "message",
              "text": {
                "uk": "У 16–17 років для реєстрації потрібна нотаріально засвідчена письмова згода батьків (усиновлювачів) або піклувальника чи рішення органу опіки та піклування. Після реєстрації ви набуваєте повної цивільної дієздатності (стаття 35 Цивільного кодексу).",
                "en": "At 16–17 you need notarised written consent of your parents (adoptive parents) or guardian, or a decision of the guardianship authority. Registration gives you full legal capacity (Article 35 of the Civil Code)."
              },
              "next": [
                {
                  "goto": "cit"
                }
              ]
            },
            "cit": {
              "kind": "question",
              "text": {
                "uk": "Ваше громадянство?",
                "en": "Your citizenship?"
              },
              "variable": "cit",
              "input": "choice",
              "options": [
                {
                  "value": "ua",
                  "label": {
                    "uk": "Громадянин(ка) України",
                    "en": "Ukrainian citizen"
                  }
                },
                {
                  "value": "permit",
                  "label": {
                    "uk": "Іноземець з посвідкою",
                    "en": "Foreigner with residence permit"
                  }
                },
                {
                  "value": "nopermit",
                  "label": {
                    "uk": "Іноземець без посвідки",
                    "en": "Foreigner without a permit"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "cit",
                    "op": "eq",
                    "value": "nopermit"
                  },
                  "goto": "nopermit"
                },
                {
                  "when": {
                    "var": "cit",
                    "op": "eq",
                    "value": "permit"
                  },
                  "goto": "permit"
                },
                {
                  "goto": "way"
                }
              ]
            },
            "nopermit": {
              "kind": "end",
              "text": {
                "uk": "Іноземець або особа без громадянства може зареєструватися ФОП, якщо має посвідку на тимчасове або постійне проживання в Україні та РНОКПП. Спершу оформіть посвідку в Державній міграційній службі (dmsu.gov.ua).",
                "en": "A foreign national or stateless person can register as a sole proprietor with a temporary or permanent residence permit and a taxpayer number. First obtain the permit from the State Migration Service (dmsu.gov.ua)."
              }
            },
            "permit": {
              "kind": "message",
              "text": {
                "uk": "Подайте документи в ЦНАП особисто: паспортний документ іноземця з перекладом українською, посвідку на проживання та РНОКПП. Онлайн-реєстрація в Дії доступна громадянам України.",
                "en": "Apply at the TsNAP in person: your foreign passport with a Ukrainian translation, residence permit and taxpayer number. Online registration in Diia is for Ukrainian citizens."
              },
              "next": [
                {
                  "goto": "tax"
                }
              ]
            },
            "way": {
              "kind": "question",
              "text": {
                "uk": "Як зручніше зареєструватися?",
                "en": "How would you like to register?"
              },
              "variable": "way",
              "input": "choice",
              "options": [
                {
                  "value": "diia",
                  "label": {
                    "uk": "Онлайн у Дії",
                    "en": "Online in Diia"
                  }
                },
                {
                  "value": "cnap",
                  "label": {
                    "uk": "У ЦНАП",
                    "en": "At the TsNAP"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "way",
                    "op": "eq",
                    "value": "diia"
                  },
                  "goto": "diia"
                },
                {
                  "goto": "tax"
                }
              ]
            },
            "diia": {
              "kind": "message",
              "text": {
                "uk": "У Дії: «Послуги» → «Реєстрація ФОП». Знадобиться Дія.Підпис або кваліфікований електронний підпис. Оберіть види діяльності (КВЕД) і, за бажанням, спрощену систему оподаткування — заява до податкової подається разом.",
                "en": "In Diia: “Services” → “Register as a sole proprietor”. You need Diia.Signature or a qualified e-signature. Choose your activity codes (KVED) and, if you wish, the simplified tax system — the tax application is filed together."
              },
              "next": [
                {
                  "goto": "tax"
                }
              ]
            },
            "tax": {
              "kind": "question",
              "text": {
                "uk": "Плануєте спрощену систему (єдиний податок)?",
                "en": "Do you plan to use the simplified tax system (single tax)?"
              },
              "variable": "tax",
              "input": "choice",
              "options": [
                {
                  "value": "yes",
                  "label": {
                    "uk": "Так",
                    "en": "Yes"
                  }
                },
                {
                  "value": "no",
                  "label": {
                    "uk": "Ні, загальна система",
                    "en": "No, the general system"
                  }
                },
                {
                  "value": "unsure",
                  "label": {
                    "uk": "Ще не знаю",
                    "en": "Not sure yet"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "tax",
                    "op": "eq",
                    "value": "yes"
                  },
                  "goto": "simple"
                },
                {
                  "when": {
                    "var": "tax",
                    "op": "eq",
                    "value": "no"
                  },
                  "goto": "general"
                },
                {
                  "goto": "unsure"
                }
              ]
            },
            "simple": {
              "kind": "message",
              "text": {
                "uk": "Заяву про обрання спрощеної системи найзручніше подати разом із заявою про реєстрацію. Групу єдиного податку обирають залежно від виду діяльності, кількості найманих працівників і доходу; умови встановлює Податковий кодекс.",
                "en": "It is easiest to file the simplified-system application together with the registration. The single-tax group depends on your activity, number of employees and income; the Tax Code sets the conditions."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "general": {
              "kind": "message",
              "text": {
                "uk": "Без заяви на спрощену систему ви будете на загальній системі оподаткування: податок з доходу та облік доходів і витрат. Перейти на спрощену систему можна пізніше за заявою до податкової.",
                "en": "Without the simplified-system application you will be on the general tax system: tax on income and records of income and expenses. You can switch to the simplified system later by applying to the tax office."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "unsure": {
              "kind": "message",
              "text": {
                "uk": "Порадитися щодо системи оподаткування можна в податковій: контакт-центр ДПС 0 800 501 007, сайт tax.gov.ua. Заяву на спрощену систему можна подати і разом з реєстрацією, і пізніше.",
                "en": "The tax service can advise you on the tax system: State Tax Service contact centre 0 800 501 007, tax.gov.ua. You can file for the simplified system with the registration or later."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "fop-registration",
              "show": [
                "cost",
                "term",
                "documents",
                "places",
                "eservice"
              ],
              "text": {
                "uk": "Умови реєстрації в нашій громаді та онлайн:",
                "en": "Registration conditions in our community and online:"
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
                "uk": "Після реєстрації відомості автоматично надходять до податкової. Про сплату податків і єдиного внеску, звітність і касові апарати дізнайтеся на сайті ДПС (tax.gov.ua). Зареєструватися можна в будь-якому ЦНАП, незалежно від місця проживання. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "After registration your details go to the tax office automatically. For taxes, social contributions, reporting and cash registers see the State Tax Service website (tax.gov.ua). You can register at any TsNAP, wherever you live. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
