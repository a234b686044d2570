extension ShippedDialogues {
    /// Consultation «єМалятко — послуги при народженні дитини» (eMalyatko: services for a newborn).
    static let emalyatko = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "emalyatko",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "єМалятко — послуги при народженні дитини",
            "en": "eMalyatko: services for a newborn"
          },
          "start": "born",
          "variables": {
            "born": {
              "type": "choice",
              "values": [
                "facility",
                "home",
                "abroad",
                "tot"
              ]
            },
            "age": {
              "type": "choice",
              "values": [
                "under1",
                "over1"
              ]
            },
            "married": {
              "type": "choice",
              "values": [
                "yes",
                "no"
              ]
            },
            "cit": {
              "type": "choice",
              "values": [
                "both",
                "foreign"
              ]
            }
          },
          "keywords": [
            {
              "uk": "єМалятко",
              "en": "eMalyatko"
            },
            {
              "uk": "новонароджений",
              "en": "newborn"
            },
            {
              "uk": "народження дитини",
              "en": "birth of a child"
            },
            {
              "uk": "свідоцтво про народження",
              "en": "birth certificate"
            },
            {
              "uk": "допомога при народженні",
              "en": "birth grant"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про особливості надання публічних (електронних публічних) послуг»",
              "Порядок надання комплексної електронної публічної послуги «єМалятко», затверджений постановою КМУ від 11.08.2023 № 853",
              "Закон України «Про державну реєстрацію актів цивільного стану»",
              "Закон України «Про державну допомогу сім’ям з дітьми»",
              "Цивільний процесуальний кодекс України, ст. 317"
            ],
            "sources": [
              "https://diia.gov.ua/services/yemalyatko",
              "https://guide.diia.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/1689-20",
              "https://zakon.rada.gov.ua/laws/show/2398-17"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "born": {
              "kind": "question",
              "text": {
                "uk": "єМалятко — до 10 послуг для новонародженого однією заявою: реєстрація народження, місця проживання, допомога при народженні, РНОКПП та інші.\nДе народилася дитина?",
                "en": "eMalyatko: up to 10 services for a newborn in one application — birth registration, residence, birth grant, tax number and more.\nWhere was the child born?"
              },
              "variable": "born",
              "input": "choice",
              "options": [
                {
                  "value": "facility",
                  "label": {
                    "uk": "В Україні, у медичному закладі",
                    "en": "In Ukraine, in a medical facility"
                  }
                },
                {
                  "value": "home",
                  "label": {
                    "uk": "В Україні, не в медзакладі",
                    "en": "In Ukraine, outside a facility"
                  }
                },
                {
                  "value": "abroad",
                  "label": {
                    "uk": "За кордоном",
                    "en": "Abroad"
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
                    "var": "born",
                    "op": "eq",
                    "value": "home"
                  },
                  "goto": "home"
                },
                {
                  "when": {
                    "var": "born",
                    "op": "eq",
                    "value": "abroad"
                  },
                  "goto": "abroad"
                },
                {
                  "when": {
                    "var": "born",
                    "op": "eq",
                    "value": "tot"
                  },
                  "goto": "tot"
                },
                {
                  "goto": "age"
                }
              ]
            },
            "home": {
              "kind": "end",
              "text": {
                "uk": "Якщо дитина народилася не в закладі охорони здоров’я, спершу зверніться до лікаря: потрібен медичний документ, що підтверджує факт народження. Далі зверніться до відділу ДРАЦС або ЦНАП — там підкажуть, як зареєструвати народження й оформити інші послуги. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "If the child was born outside a health facility, first see a doctor: a medical document confirming the birth is needed. Then contact the civil registry office or TsNAP to register the birth and arrange the other services. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            },
            "abroad": {
              "kind": "end",
              "text": {
                "uk": "Народження дитини за кордоном реєструють у консульстві України або в Україні — у відділі ДРАЦС за документом іноземної держави, легалізованим чи з апостилем і з нотаріально засвідченим перекладом. єМалятко в цьому разі недоступне, інші послуги (допомога, місце проживання, РНОКПП) оформлюють окремо.",
                "en": "A birth abroad is registered at a Ukrainian consulate or, in Ukraine, at the civil registry office on the foreign document, legalised or apostilled and with a notarised translation. eMalyatko is not available then; the other services (grant, residence, tax number) are arranged separately."
              }
            },
            "tot": {
              "kind": "end",
              "text": {
                "uk": "Медичні документи й свідоцтва, видані окупаційною владою, в Україні не визнаються. Факт народження на тимчасово окупованій території встановлює суд в окремому провадженні (такі справи розглядають невідкладно), після чого відділ ДРАЦС реєструє народження. Потім можна подати заяву на допомогу при народженні та інші послуги. Безоплатна правнича допомога — 0 800 213 103.",
                "en": "Medical documents and certificates issued by the occupying authorities are not recognised in Ukraine. A court establishes a birth in an occupied territory in a separate procedure (heard without delay), then the civil registry registers the birth. After that you can apply for the birth grant and other services. Free legal aid: 0 800 213 103."
              }
            },
            "age": {
              "kind": "question",
              "text": {
                "uk": "Скільки дитині?",
                "en": "How old is the child?"
              },
              "variable": "age",
              "input": "choice",
              "options": [
                {
                  "value": "under1",
                  "label": {
                    "uk": "До одного року",
                    "en": "Under one year"
                  }
                },
                {
                  "value": "over1",
                  "label": {
                    "uk": "Вже виповнився рік",
                    "en": "One year or older"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "age",
                    "op": "eq",
                    "value": "over1"
                  },
                  "goto": "over1"
                },
                {
                  "goto": "married"
                }
              ]
            },
            "over1": {
              "kind": "end",
              "text": {
                "uk": "єМалятко доступне, доки дитині не виповнився рік. Для старшої дитини послуги оформлюють окремо: реєстрацію місця проживання, РНОКПП, допомоги — в ЦНАП. Якщо народження досі не зареєстроване, зверніться до відділу ДРАЦС. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "eMalyatko is available until the child turns one. For an older child the services are arranged separately at the TsNAP: residence, tax number, benefits. If the birth is still unregistered, contact the civil registry office. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            },
            "married": {
              "kind": "question",
              "text": {
                "uk": "Батьки дитини перебувають у шлюбі?",
                "en": "Are the child’s parents married?"
              },
              "variable": "married",
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
                    "uk": "Ні",
                    "en": "No"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "married",
                    "op": "eq",
                    "value": "no"
                  },
                  "goto": "unmarried"
                },
                {
                  "goto": "cit"
                }
              ]
            },
            "unmarried": {
              "kind": "message",
              "text": {
                "uk": "Якщо батьки не в шлюбі, відомості про батька вносять за спільною заявою батьків (тоді зручніше звернутися разом до відділу ДРАЦС або ЦНАП) або за заявою матері. Чи можна подати вашу заяву онлайн, Дія покаже під час заповнення.",
                "en": "If the parents are not married, the father’s details are recorded on the parents’ joint application (it is easiest to come together to the civil registry office or TsNAP) or on the mother’s application. Diia will show while you fill in the form whether yours can be filed online."
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
                "uk": "Обоє батьків — громадяни України?",
                "en": "Are both parents Ukrainian citizens?"
              },
              "variable": "cit",
              "input": "choice",
              "options": [
                {
                  "value": "both",
                  "label": {
                    "uk": "Так, обоє",
                    "en": "Yes, both"
                  }
                },
                {
                  "value": "foreign",
                  "label": {
                    "uk": "Один або обоє — іноземці",
                    "en": "One or both are foreign"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "cit",
                    "op": "eq",
                    "value": "foreign"
                  },
                  "goto": "foreign"
                },
                {
                  "goto": "how"
                }
              ]
            },
            "foreign": {
              "kind": "message",
              "text": {
                "uk": "Якщо хтось із батьків — іноземець, візьміть його паспортний документ з перекладом українською; онлайн-подання в Дії може бути недоступне, тож зверніться до відділу ДРАЦС або ЦНАП. Належність дитини до громадянства України визначають у межах єМалятко або окремо в ДМС.",
                "en": "If a parent is a foreign national, bring their passport with a Ukrainian translation; filing online in Diia may not be possible, so apply at the civil registry office or TsNAP. The child’s Ukrainian citizenship is determined within eMalyatko or separately by the Migration Service."
              },
              "next": [
                {
                  "goto": "how"
                }
              ]
            },
            "how": {
              "kind": "message",
              "text": {
                "uk": "Заяву єМалятко можна подати онлайн у Дії, у відділі ДРАЦС, ЦНАП або в пологовому будинку, де працює реєстрація народження. У заяві оберіть потрібні послуги: реєстрацію народження, декларування місця проживання дитини, допомогу при народженні, РНОКПП, внесення до реєстру пацієнтів, визначення належності до громадянства, статус багатодітної сім’ї та інші. Народження треба зареєструвати не пізніше ніж через місяць.",
                "en": "You can file eMalyatko online in Diia, at the civil registry office, TsNAP or a maternity hospital that registers births. Choose the services you need: birth registration, the child’s residence, birth grant, tax number, patient register, citizenship, large-family status and others. The birth must be registered within one month."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "emalyatko",
              "show": [
                "documents",
                "cost",
                "term",
                "places",
                "eservice"
              ],
              "text": {
                "uk": "Умови в нашій громаді та онлайн-послуга:",
                "en": "Conditions in our community and the online service:"
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
                "uk": "Про результат кожної послуги вам повідомлять окремо: свідоцтво про народження видають одразу, інші — у власні строки. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "You are told the outcome of each service separately: the birth certificate is issued at once, the others within their own terms. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
