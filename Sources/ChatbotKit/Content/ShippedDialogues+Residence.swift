extension ShippedDialogues {
    /// Consultation «Реєстрація та зняття з реєстрації місця проживання» (Registering and deregistering your residence).
    static let residence = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "residence",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Реєстрація та зняття з реєстрації місця проживання",
            "en": "Registering and deregistering your residence"
          },
          "start": "goal",
          "variables": {
            "goal": {
              "type": "choice",
              "values": [
                "declare",
                "child",
                "dereg"
              ]
            },
            "citizenship": {
              "type": "choice",
              "values": [
                "ua",
                "other"
              ]
            },
            "right": {
              "type": "choice",
              "values": [
                "owner",
                "tenant",
                "relative"
              ]
            },
            "child_age": {
              "type": "choice",
              "values": [
                "under14",
                "teen"
              ]
            },
            "dereg_who": {
              "type": "choice",
              "values": [
                "self",
                "other",
                "deceased"
              ]
            }
          },
          "keywords": [
            {
              "uk": "прописка",
              "en": "residence registration"
            },
            {
              "uk": "реєстрація місця проживання",
              "en": "registering residence"
            },
            {
              "uk": "декларування місця проживання",
              "en": "declaring residence"
            },
            {
              "uk": "виписатися",
              "en": "deregister"
            },
            {
              "uk": "зняття з реєстрації",
              "en": "deregistration"
            },
            {
              "uk": "переїзд",
              "en": "moving"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про надання публічних (електронних публічних) послуг щодо декларування та реєстрації місця проживання в Україні»",
              "Закон України «Про свободу пересування та вільний вибір місця проживання в Україні»",
              "Порядок декларування та реєстрації місця проживання (перебування), затверджений постановою КМУ від 07.02.2022 № 265",
              "Закон України «Про військовий обов’язок і військову службу» (оновлення облікових даних)"
            ],
            "sources": [
              "https://guide.diia.gov.ua",
              "https://diia.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/1871-20"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "goal": {
              "kind": "question",
              "text": {
                "uk": "Декларування (реєстрація) і зняття з реєстрації місця проживання. Що потрібно зробити?",
                "en": "Declaring (registering) and deregistering your residence. What do you need to do?"
              },
              "variable": "goal",
              "input": "choice",
              "options": [
                {
                  "value": "declare",
                  "label": {
                    "uk": "Задекларувати нову адресу",
                    "en": "Declare a new address"
                  }
                },
                {
                  "value": "child",
                  "label": {
                    "uk": "Зареєструвати дитину",
                    "en": "Register a child"
                  }
                },
                {
                  "value": "dereg",
                  "label": {
                    "uk": "Лише знятися з реєстрації",
                    "en": "Only deregister"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "goal",
                    "op": "eq",
                    "value": "child"
                  },
                  "goto": "child_age"
                },
                {
                  "when": {
                    "var": "goal",
                    "op": "eq",
                    "value": "dereg"
                  },
                  "goto": "dereg_who"
                },
                {
                  "goto": "cit"
                }
              ]
            },
            "cit": {
              "kind": "question",
              "text": {
                "uk": "Ви громадянин(ка) України?",
                "en": "Are you a Ukrainian citizen?"
              },
              "variable": "citizenship",
              "input": "choice",
              "options": [
                {
                  "value": "ua",
                  "label": {
                    "uk": "Так, громадянин(ка) України",
                    "en": "Yes, a Ukrainian citizen"
                  }
                },
                {
                  "value": "other",
                  "label": {
                    "uk": "Ні, іноземець / без громадянства",
                    "en": "No, foreign or stateless"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "citizenship",
                    "op": "eq",
                    "value": "other"
                  },
                  "goto": "foreigner"
                },
                {
                  "goto": "right"
                }
              ]
            },
            "foreigner": {
              "kind": "message",
              "text": {
                "uk": "Іноземці та особи без громадянства декларують місце проживання на підставі посвідки на постійне або тимчасове проживання — візьміть її разом з паспортним документом.",
                "en": "Foreign nationals and stateless persons declare their residence on the basis of a permanent or temporary residence permit — bring it with your passport."
              },
              "next": [
                {
                  "goto": "right"
                }
              ]
            },
            "right": {
              "kind": "question",
              "text": {
                "uk": "На якій підставі ви проживаєте в житлі?",
                "en": "On what basis do you live there?"
              },
              "variable": "right",
              "input": "choice",
              "options": [
                {
                  "value": "owner",
                  "label": {
                    "uk": "Я власник(ця) житла",
                    "en": "I own it"
                  }
                },
                {
                  "value": "tenant",
                  "label": {
                    "uk": "Орендую за договором",
                    "en": "I rent under a contract"
                  }
                },
                {
                  "value": "relative",
                  "label": {
                    "uk": "Живу в родичів чи знайомих",
                    "en": "With relatives or friends"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "right",
                    "op": "eq",
                    "value": "tenant"
                  },
                  "goto": "tenant"
                },
                {
                  "when": {
                    "var": "right",
                    "op": "eq",
                    "value": "relative"
                  },
                  "goto": "relative"
                },
                {
                  "goto": "owner"
                }
              ]
            },
            "owner": {
              "kind": "message",
              "text": {
                "uk": "Візьміть документ про право власності, якщо ваше право не зареєстроване в Державному реєстрі речових прав (наприклад, зареєстроване в БТІ до 2013 року).",
                "en": "Bring proof of ownership if your right is not in the State Register of Property Rights (for example, registered at the BTI before 2013)."
              },
              "next": [
                {
                  "goto": "online"
                }
              ]
            },
            "tenant": {
              "kind": "message",
              "text": {
                "uk": "Потрібен договір найму (оренди) житла або згода власника на ваше проживання.",
                "en": "You need the tenancy (rental) agreement or the owner’s consent to your living there."
              },
              "next": [
                {
                  "goto": "online"
                }
              ]
            },
            "relative": {
              "kind": "message",
              "text": {
                "uk": "Потрібна згода власника житла: він приходить разом з вами до ЦНАП або підтверджує згоду в Дії, якщо ви декларуєте онлайн.",
                "en": "You need the owner’s consent: the owner comes with you to the TsNAP or confirms consent in Diia if you declare online."
              },
              "next": [
                {
                  "goto": "online"
                }
              ]
            },
            "online": {
              "kind": "message",
              "text": {
                "uk": "Задекларувати місце проживання можна онлайн у Дії — для себе й дітей. Окремо знятися з попередньої адреси не потрібно: це відбувається автоматично. Військовозобов’язаним після переїзду потрібно оновити облікові дані — у «Резерв+» або в ТЦК та СП.",
                "en": "You can declare your address online in Diia — for yourself and your children. You need not deregister from the old address separately: it happens automatically. People liable for military service must update their registration data after moving — in Reserve+ or at the recruitment centre."
              },
              "next": [
                {
                  "goto": "f_reg"
                }
              ]
            },
            "child_age": {
              "kind": "question",
              "text": {
                "uk": "Скільки дитині?",
                "en": "How old is the child?"
              },
              "variable": "child_age",
              "input": "choice",
              "options": [
                {
                  "value": "under14",
                  "label": {
                    "uk": "До 14 років",
                    "en": "Under 14"
                  }
                },
                {
                  "value": "teen",
                  "label": {
                    "uk": "Від 14 до 18 років",
                    "en": "14 to 17"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "child_age",
                    "op": "eq",
                    "value": "teen"
                  },
                  "goto": "teen"
                },
                {
                  "goto": "under14"
                }
              ]
            },
            "under14": {
              "kind": "message",
              "text": {
                "uk": "Місце проживання дитини до 14 років декларує один з батьків (законний представник) — зазвичай за адресою батьків або одного з них. Візьміть свідоцтво про народження дитини і свій паспорт. Новонародженому зручно задекларувати адресу через єМалятко.",
                "en": "The residence of a child under 14 is declared by a parent (legal representative), usually at the address of the parents or one of them. Bring the child’s birth certificate and your passport. For a newborn, eMalyatko is the easiest way."
              },
              "next": [
                {
                  "goto": "f_reg"
                }
              ]
            },
            "teen": {
              "kind": "message",
              "text": {
                "uk": "З 14 років підліток декларує місце проживання сам за своїм паспортом (ID-карткою). Якщо нова адреса відрізняється від адреси батьків, знадобиться їхня згода (законних представників).",
                "en": "From 14 a teenager declares their own residence with their ID card. If the new address differs from the parents’, their (legal representatives’) consent is needed."
              },
              "next": [
                {
                  "goto": "f_reg"
                }
              ]
            },
            "f_reg": {
              "kind": "facts",
              "service": "residence-registration",
              "show": [
                "cost",
                "term",
                "documents",
                "places"
              ],
              "text": {
                "uk": "Умови в нашій громаді (якщо пропустити встановлений законом строк, збір більший):",
                "en": "Conditions in our community (the fee is higher if you miss the legal deadline):"
              },
              "next": [
                {
                  "goto": "done"
                }
              ]
            },
            "dereg_who": {
              "kind": "question",
              "text": {
                "uk": "Кого потрібно зняти з реєстрації?",
                "en": "Who needs to be deregistered?"
              },
              "variable": "dereg_who",
              "input": "choice",
              "options": [
                {
                  "value": "self",
                  "label": {
                    "uk": "Мене",
                    "en": "Me"
                  }
                },
                {
                  "value": "other",
                  "label": {
                    "uk": "Іншу особу з мого житла",
                    "en": "Someone else from my home"
                  }
                },
                {
                  "value": "deceased",
                  "label": {
                    "uk": "Померлу особу",
                    "en": "A deceased person"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "dereg_who",
                    "op": "eq",
                    "value": "other"
                  },
                  "goto": "dereg_other"
                },
                {
                  "when": {
                    "var": "dereg_who",
                    "op": "eq",
                    "value": "deceased"
                  },
                  "goto": "deceased"
                },
                {
                  "goto": "dereg_self"
                }
              ]
            },
            "dereg_self": {
              "kind": "message",
              "text": {
                "uk": "Окремо знятися з реєстрації потрібно, наприклад, у разі виїзду на постійне проживання за кордон. Якщо ви переїжджаєте в межах України, просто задекларуйте нову адресу — зняття з попередньої відбудеться автоматично.",
                "en": "Separate deregistration is needed, for example, when moving abroad permanently. If you move within Ukraine, just declare the new address — the old one is closed automatically."
              },
              "next": [
                {
                  "goto": "f_dereg"
                }
              ]
            },
            "dereg_other": {
              "kind": "message",
              "text": {
                "uk": "Власник житла може зняти з реєстрації іншу особу лише на підставах, визначених законом: наприклад, за рішенням суду про позбавлення права користування житлом або після припинення права користування (закінчення договору найму тощо). Без такої підстави зробити це лише за заявою власника не можна.",
                "en": "An owner can deregister someone else only on grounds set by law: for example, a court decision ending their right to use the home, or the end of that right (expiry of a tenancy and so on). Without such grounds the owner’s application alone is not enough."
              },
              "next": [
                {
                  "goto": "f_dereg"
                }
              ]
            },
            "f_dereg": {
              "kind": "facts",
              "service": "residence-deregistration",
              "show": [
                "cost",
                "term",
                "documents",
                "places"
              ],
              "text": {
                "uk": "Умови зняття з реєстрації в нашій громаді:",
                "en": "Deregistration conditions in our community:"
              },
              "next": [
                {
                  "goto": "done"
                }
              ]
            },
            "deceased": {
              "kind": "end",
              "text": {
                "uk": "Після державної реєстрації смерті особу знімають з реєстрації місця проживання автоматично — окремо звертатися не потрібно.",
                "en": "Once a death is registered, the person’s residence registration is closed automatically — you need not apply separately."
              }
            },
            "done": {
              "kind": "end",
              "text": {
                "uk": "Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
