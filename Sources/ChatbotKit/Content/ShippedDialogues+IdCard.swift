extension ShippedDialogues {
    /// Consultation «Паспорт громадянина України у формі ID-картки» (Ukrainian passport (ID card)).
    static let idCard = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "id_card",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Паспорт громадянина України у формі ID-картки",
            "en": "Ukrainian passport (ID card)"
          },
          "start": "cit",
          "variables": {
            "citizenship": {
              "type": "choice",
              "values": [
                "ua",
                "other"
              ]
            },
            "age": {
              "type": "number"
            },
            "reason": {
              "type": "choice",
              "values": [
                "first",
                "expired",
                "changed",
                "booklet",
                "lost",
                "stolen"
              ]
            },
            "bc": {
              "type": "choice",
              "values": [
                "ua",
                "abroad",
                "tot"
              ]
            }
          },
          "keywords": [
            {
              "uk": "паспорт",
              "en": "passport"
            },
            {
              "uk": "ID-картка",
              "en": "ID card"
            },
            {
              "uk": "айді картка",
              "en": "ID card"
            },
            {
              "uk": "паспорт у 14 років",
              "en": "passport at 14"
            },
            {
              "uk": "обмін паспорта",
              "en": "passport replacement"
            },
            {
              "uk": "загубив паспорт",
              "en": "lost passport"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про Єдиний державний демографічний реєстр та документи, що підтверджують громадянство України, посвідчують особу чи її спеціальний статус»",
              "Порядок оформлення і видачі паспорта громадянина України, затверджений постановою КМУ від 25.03.2015 № 302",
              "Закон України «Про військовий обов’язок і військову службу» (військово-обліковий документ)",
              "Цивільний процесуальний кодекс України, ст. 317 (встановлення факту народження на тимчасово окупованій території)"
            ],
            "sources": [
              "https://dmsu.gov.ua",
              "https://guide.diia.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/5492-17"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "cit": {
              "kind": "question",
              "text": {
                "uk": "Паспорт громадянина України (ID-картка): підкажу, як його оформити саме у вашій ситуації.\nОсоба, для якої оформлюють паспорт, — громадянин(ка) України?",
                "en": "Ukrainian passport (ID card): I will explain how to get it in your situation.\nIs the person it is for a citizen of Ukraine?"
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
                  "goto": "age"
                }
              ]
            },
            "foreigner": {
              "kind": "end",
              "text": {
                "uk": "Паспорт громадянина України оформлюють лише громадянам України. Іноземцям і особам без громадянства, які проживають в Україні, видають посвідку на постійне або тимчасове проживання — зверніться до територіального органу Державної міграційної служби (dmsu.gov.ua). Якщо ви набуваєте громадянство України, ДМС підкаже порядок.",
                "en": "Only Ukrainian citizens get a Ukrainian passport. Foreign nationals and stateless persons living in Ukraine get a permanent or temporary residence permit — contact the State Migration Service (dmsu.gov.ua). If you are acquiring Ukrainian citizenship, the Migration Service will explain the procedure."
              }
            },
            "age": {
              "kind": "question",
              "text": {
                "uk": "Скільки повних років цій особі?",
                "en": "How old is the person (full years)?"
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
                    "value": 14
                  },
                  "goto": "too_young"
                },
                {
                  "goto": "reason"
                }
              ]
            },
            "too_young": {
              "kind": "end",
              "text": {
                "uk": "Паспорт громадянина України оформлюють з 14 років. До 14 років особу дитини посвідчує свідоцтво про народження, а для подорожей за кордон оформлюють закордонний паспорт — дивіться консультацію «Закордонний паспорт».",
                "en": "The Ukrainian passport is issued from the age of 14. Until then a child’s identity is shown by the birth certificate, and a passport for travel abroad is issued for trips — see the “Passport for travel abroad” consultation."
              }
            },
            "reason": {
              "kind": "question",
              "text": {
                "uk": "Яка ваша ситуація?",
                "en": "What is your situation?"
              },
              "variable": "reason",
              "input": "choice",
              "options": [
                {
                  "value": "first",
                  "label": {
                    "uk": "Паспорт оформлюю вперше",
                    "en": "My first passport"
                  }
                },
                {
                  "value": "expired",
                  "label": {
                    "uk": "Закінчився строк / пошкоджений",
                    "en": "Expired or damaged"
                  }
                },
                {
                  "value": "changed",
                  "label": {
                    "uk": "Змінилося прізвище чи інші дані",
                    "en": "Changed name or other details"
                  }
                },
                {
                  "value": "booklet",
                  "label": {
                    "uk": "Маю паспорт-книжечку",
                    "en": "I have the old booklet passport"
                  }
                },
                {
                  "value": "lost",
                  "label": {
                    "uk": "Паспорт втрачено",
                    "en": "Passport lost"
                  }
                },
                {
                  "value": "stolen",
                  "label": {
                    "uk": "Паспорт викрадено",
                    "en": "Passport stolen"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "reason",
                        "op": "eq",
                        "value": "first"
                      },
                      {
                        "var": "age",
                        "op": "lt",
                        "value": 18
                      }
                    ]
                  },
                  "goto": "first_teen"
                },
                {
                  "when": {
                    "var": "reason",
                    "op": "eq",
                    "value": "first"
                  },
                  "goto": "first_adult"
                },
                {
                  "when": {
                    "var": "reason",
                    "op": "eq",
                    "value": "expired"
                  },
                  "goto": "expired"
                },
                {
                  "when": {
                    "var": "reason",
                    "op": "eq",
                    "value": "changed"
                  },
                  "goto": "changed"
                },
                {
                  "when": {
                    "var": "reason",
                    "op": "eq",
                    "value": "booklet"
                  },
                  "goto": "booklet"
                },
                {
                  "when": {
                    "var": "reason",
                    "op": "eq",
                    "value": "lost"
                  },
                  "goto": "lost"
                },
                {
                  "goto": "stolen"
                }
              ]
            },
            "first_teen": {
              "kind": "message",
              "text": {
                "uk": "Перший паспорт у 14 років оформлюють безоплатно; звернутися варто протягом місяця після 14-річчя. Підліток приходить особисто разом з одним із батьків (законним представником). Візьміть свідоцтво про народження та паспорт того з батьків, хто супроводжує. Паспорт особі до 18 років видають на 4 роки, у 18 його обмінюють.",
                "en": "The first passport at 14 is free; apply within a month of the 14th birthday. The teenager comes in person with a parent (legal representative). Bring the birth certificate and the accompanying parent’s passport. A passport for someone under 18 is valid for 4 years and is replaced at 18."
              },
              "next": [
                {
                  "goto": "bc"
                }
              ]
            },
            "first_adult": {
              "kind": "message",
              "text": {
                "uk": "Якщо вам 18 або більше і паспорта громадянина України у вас ніколи не було (наприклад, ви довго жили за кордоном чи набули громадянство), ДМС спершу перевіряє належність до громадянства України. Візьміть свідоцтво про народження та документи, що це підтверджують: паспорти батьків або довідку про реєстрацію громадянином України. Перевірка може подовжити оформлення.",
                "en": "If you are 18 or over and have never had a Ukrainian passport (for example, you lived abroad for a long time or acquired citizenship), the Migration Service first checks your citizenship. Bring your birth certificate and proof of citizenship: your parents’ passports or a certificate of registration as a Ukrainian citizen. The check may take extra time."
              },
              "next": [
                {
                  "goto": "bc"
                }
              ]
            },
            "bc": {
              "kind": "question",
              "text": {
                "uk": "Де видано свідоцтво про народження?",
                "en": "Where was the birth certificate issued?"
              },
              "variable": "bc",
              "input": "choice",
              "options": [
                {
                  "value": "ua",
                  "label": {
                    "uk": "В Україні (органом ДРАЦС)",
                    "en": "In Ukraine (civil registry)"
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
                    "var": "bc",
                    "op": "eq",
                    "value": "tot"
                  },
                  "goto": "bc_tot"
                },
                {
                  "when": {
                    "var": "bc",
                    "op": "eq",
                    "value": "abroad"
                  },
                  "goto": "bc_abroad"
                },
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "bc_tot": {
              "kind": "message",
              "text": {
                "uk": "Свідоцтво про народження, видане окупаційною владою, в Україні не визнається. Факт народження встановлює суд в окремому провадженні (такі справи розглядають невідкладно), після чого відділ ДРАЦС видає українське свідоцтво. Свідоцтво, видане органом ДРАЦС України до окупації, дійсне. Безоплатна правнича допомога — 0 800 213 103.",
                "en": "A birth certificate issued by the occupying authorities is not recognised in Ukraine. A court establishes the birth in a separate procedure (such cases are heard without delay), after which the civil registry issues a Ukrainian certificate. A certificate issued by a Ukrainian civil registry before the occupation is valid. Free legal aid: 0 800 213 103."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "bc_abroad": {
              "kind": "message",
              "text": {
                "uk": "Свідоцтво про народження, видане за кордоном, має бути легалізоване або засвідчене апостилем (якщо міжнародний договір не звільняє від цього) і перекладене українською з нотаріальним засвідченням перекладу. Народження дитини за кордоном можна також зареєструвати в консульстві України.",
                "en": "A birth certificate issued abroad must be legalised or carry an apostille (unless a treaty waives this) and come with a notarised Ukrainian translation. A birth abroad can also be registered at a Ukrainian consulate."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "expired": {
              "kind": "message",
              "text": {
                "uk": "Паспорт обмінюють, коли закінчився строк його дії (ID-картку, видану до 18 років, — у 18), якщо він пошкоджений або в ньому є помилка. Візьміть паспорт, який обмінюєте. Не відкладайте: з недійсним паспортом складно отримати інші послуги, відкрити рахунок чи перетнути кордон.",
                "en": "A passport is replaced when it expires (an ID card issued before 18 — at 18), is damaged or contains an error. Bring the passport being replaced. Do not delay: with an invalid passport it is hard to get other services, open an account or cross the border."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "changed": {
              "kind": "message",
              "text": {
                "uk": "Після зміни прізвища, імені чи по батькові (наприклад, після шлюбу) або інших даних паспорт обмінюють. Візьміть чинний паспорт і документ, що підтверджує зміну: свідоцтво про шлюб, про зміну імені тощо.",
                "en": "After a change of surname, first name or patronymic (for example, on marriage) or other details, the passport is replaced. Bring your current passport and the document confirming the change: marriage certificate, change-of-name certificate and so on."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "booklet": {
              "kind": "message",
              "text": {
                "uk": "Паспорт-книжечка залишається дійсним. По досягненні 25 чи 45 років замість вклеювання фотографії, а також за бажанням у будь-який час можна оформити ID-картку. Після цього книжечку здають: дійсним залишається лише новий паспорт. Точні вимоги до вашої книжечки уточніть в адміністратора ЦНАП.",
                "en": "The booklet passport remains valid. At 25 or 45, instead of adding a new photo, or at any time you wish, you can get an ID card. The booklet is then handed in: only the new passport remains valid. Ask a TsNAP administrator about your booklet’s exact requirements."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "lost": {
              "kind": "message",
              "text": {
                "uk": "Під час оформлення нового паспорта подайте заяву про втрату: втрачений паспорт визнають недійсним, і ним не зможуть скористатися. Якщо маєте інший документ з фото (закордонний паспорт, посвідчення водія), візьміть його — це пришвидшить встановлення особи. Оформлення замість втраченого — платне.",
                "en": "When applying for a new passport, file a loss report: the lost passport is invalidated so no one can use it. If you have another photo ID (passport for travel abroad, driving licence), bring it — it speeds up identification. A replacement for a lost passport is charged."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "stolen": {
              "kind": "message",
              "text": {
                "uk": "Про викрадення повідомте поліцію (102). Далі — як при втраті: під час оформлення нового паспорта подайте заяву, і викрадений документ визнають недійсним. Попередьте свій банк, щоб паспортом не скористалися шахраї. Оформлення замість викраденого — платне.",
                "en": "Report the theft to the police (102). Then, as for a lost passport, file a report when applying for a new one and the stolen document is invalidated. Warn your bank so fraudsters cannot use it. A replacement for a stolen passport is charged."
              },
              "next": [
                {
                  "when": {
                    "all": [
                      {
                        "var": "age",
                        "op": "ge",
                        "value": 18
                      },
                      {
                        "var": "age",
                        "op": "le",
                        "value": 60
                      }
                    ]
                  },
                  "goto": "mil_note"
                },
                {
                  "goto": "facts"
                }
              ]
            },
            "mil_note": {
              "kind": "message",
              "text": {
                "uk": "Під час воєнного стану чоловікам віком 18–60 років варто мати з собою військово-обліковий документ (паперовий або електронний у застосунку «Резерв+»): його можуть попросити пред’явити під час звернення.",
                "en": "Under martial law, men aged 18–60 should bring their military registration document (paper, or electronic in the Reserve+ app): they may be asked to show it."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "id-card",
              "show": [
                "cost",
                "term",
                "documents",
                "places"
              ],
              "text": {
                "uk": "Вартість, строки, документи та місця оформлення в нашій громаді (термінове оформлення коштує дорожче):",
                "en": "Cost, processing time, documents and where to apply in our community (urgent processing costs more):"
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
                "uk": "Подати документи на паспорт онлайн не можна: під час оформлення фотографують і знімають відбитки пальців, тож потрібен особистий візит. Оформити паспорт можна в ЦНАП, підрозділі ДМС чи Паспортному сервісі. Одночасно можна оформити й закордонний паспорт. Після видачі ID-картки її цифрову копію можна додати в Дію. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "You cannot apply for a passport online: your photo and fingerprints are taken, so you must come in person. Apply at a TsNAP, a Migration Service office or a Passport Service centre. You can apply for a passport for travel abroad at the same time. Once the ID card is issued, its digital copy can be added to Diia. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
