extension ShippedDialogues {
    /// Consultation «Реєстрація безробітного та допомога по безробіттю» (Registering as unemployed and unemployment benefit).
    static let unemployment = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "unemployment",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Реєстрація безробітного та допомога по безробіттю",
            "en": "Registering as unemployed and unemployment benefit"
          },
          "start": "age",
          "variables": {
            "age": {
              "type": "number"
            },
            "status": {
              "type": "choice",
              "values": [
                "dismissed",
                "never",
                "fop",
                "pension",
                "student"
              ]
            },
            "reason": {
              "type": "choice",
              "values": [
                "employer",
                "own",
                "discipline"
              ]
            }
          },
          "keywords": [
            {
              "uk": "безробіття",
              "en": "unemployment"
            },
            {
              "uk": "центр зайнятості",
              "en": "employment centre"
            },
            {
              "uk": "допомога по безробіттю",
              "en": "unemployment benefit"
            },
            {
              "uk": "статус безробітного",
              "en": "unemployed status"
            },
            {
              "uk": "втратив роботу",
              "en": "lost my job"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про зайнятість населення»",
              "Закон України «Про загальнообов’язкове державне соціальне страхування на випадок безробіття»",
              "Порядок реєстрації, перереєстрації безробітних та ведення обліку осіб, які шукають роботу, затверджений постановою КМУ від 19.09.2018 № 792"
            ],
            "sources": [
              "https://www.dcz.gov.ua",
              "https://guide.diia.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/5067-17",
              "https://zakon.rada.gov.ua/laws/show/1533-14"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "age": {
              "kind": "question",
              "text": {
                "uk": "Статус безробітного і допомога по безробіттю. Скільки вам повних років?",
                "en": "Unemployed status and unemployment benefit. How old are you (full years)?"
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
                    "any": [
                      {
                        "var": "age",
                        "op": "lt",
                        "value": 15
                      },
                      {
                        "var": "age",
                        "op": "gt",
                        "value": 70
                      }
                    ]
                  },
                  "goto": "out_age"
                },
                {
                  "goto": "status"
                }
              ]
            },
            "out_age": {
              "kind": "end",
              "text": {
                "uk": "Статус безробітного за Законом «Про зайнятість населення» надають особам віком від 15 до 70 років. Допомогу з пошуком роботи та профорієнтацію центр зайнятості може надати й іншим — зверніться туди або на сайт dcz.gov.ua.",
                "en": "Under the Law “On Employment of the Population”, unemployed status is for people aged 15 to 70. The employment centre can still help others with job search and career guidance — contact it or see dcz.gov.ua."
              }
            },
            "status": {
              "kind": "question",
              "text": {
                "uk": "Яка ваша ситуація?",
                "en": "What is your situation?"
              },
              "variable": "status",
              "input": "choice",
              "options": [
                {
                  "value": "dismissed",
                  "label": {
                    "uk": "Мене звільнили / я звільнився",
                    "en": "I left or lost my job"
                  }
                },
                {
                  "value": "never",
                  "label": {
                    "uk": "Ще не працював(ла)",
                    "en": "I have not worked yet"
                  }
                },
                {
                  "value": "fop",
                  "label": {
                    "uk": "Я ФОП",
                    "en": "I am a sole proprietor"
                  }
                },
                {
                  "value": "pension",
                  "label": {
                    "uk": "Отримую пенсію за віком",
                    "en": "I receive an old-age pension"
                  }
                },
                {
                  "value": "student",
                  "label": {
                    "uk": "Навчаюся на денній формі",
                    "en": "I am a full-time student"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "status",
                    "op": "eq",
                    "value": "pension"
                  },
                  "goto": "pension"
                },
                {
                  "when": {
                    "var": "status",
                    "op": "eq",
                    "value": "student"
                  },
                  "goto": "student"
                },
                {
                  "when": {
                    "var": "status",
                    "op": "eq",
                    "value": "fop"
                  },
                  "goto": "fop"
                },
                {
                  "when": {
                    "var": "status",
                    "op": "eq",
                    "value": "never"
                  },
                  "goto": "never"
                },
                {
                  "goto": "reason"
                }
              ]
            },
            "pension": {
              "kind": "end",
              "text": {
                "uk": "Статус безробітного надають особам, які не мають заробітку чи інших доходів, тож пенсіонерам за віком його зазвичай не надають. Центр зайнятості допоможе з пошуком роботи та вакансіями (dcz.gov.ua).",
                "en": "Unemployed status is for people without earnings or other income, so old-age pensioners usually do not get it. The employment centre can help with job search and vacancies (dcz.gov.ua)."
              }
            },
            "student": {
              "kind": "end",
              "text": {
                "uk": "Студентам денної форми навчання статус безробітного, як правило, не надають. Центр зайнятості допоможе знайти роботу чи стажування, зокрема на час канікул (dcz.gov.ua).",
                "en": "Full-time students usually do not get unemployed status. The employment centre can help you find work or an internship, including for the holidays (dcz.gov.ua)."
              }
            },
            "fop": {
              "kind": "message",
              "text": {
                "uk": "Статус безробітного надають особам без заробітку та інших доходів, тож спершу припиніть підприємницьку діяльність (консультація «Реєстрація ФОП» підкаже, де це зробити).",
                "en": "Unemployed status is for people without earnings or other income, so first close your sole proprietorship."
              },
              "next": [
                {
                  "goto": "how"
                }
              ]
            },
            "never": {
              "kind": "message",
              "text": {
                "uk": "Якщо страхового стажу немає або його недостатньо, допомогу по безробіттю призначають у мінімальному розмірі, встановленому законом, а центр зайнятості допоможе з першою роботою, навчанням чи стажуванням.",
                "en": "If you have no or too little insurance record, the benefit is paid at the statutory minimum, and the employment centre will help with a first job, training or an internship."
              },
              "next": [
                {
                  "goto": "how"
                }
              ]
            },
            "reason": {
              "kind": "question",
              "text": {
                "uk": "З якої підстави припинено роботу?",
                "en": "On what grounds did the job end?"
              },
              "variable": "reason",
              "input": "choice",
              "options": [
                {
                  "value": "employer",
                  "label": {
                    "uk": "Скорочення, угода сторін тощо",
                    "en": "Redundancy, mutual agreement etc."
                  }
                },
                {
                  "value": "own",
                  "label": {
                    "uk": "За власним бажанням",
                    "en": "At my own request"
                  }
                },
                {
                  "value": "discipline",
                  "label": {
                    "uk": "За порушення дисципліни",
                    "en": "For a disciplinary breach"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "reason",
                    "op": "eq",
                    "value": "own"
                  },
                  "goto": "own"
                },
                {
                  "when": {
                    "var": "reason",
                    "op": "eq",
                    "value": "discipline"
                  },
                  "goto": "discipline"
                },
                {
                  "goto": "how"
                }
              ]
            },
            "own": {
              "kind": "message",
              "text": {
                "uk": "Якщо ви звільнилися за власним бажанням без поважних причин, виплату допомоги починають пізніше — із затримкою, визначеною Законом «Про загальнообов’язкове державне соціальне страхування на випадок безробіття». Поважні причини (переїзд, стан здоров’я тощо) підтвердьте документами.",
                "en": "If you resigned without a valid reason, the benefit starts later, after a delay set by the Law on unemployment insurance. Valid reasons (moving, health and so on) should be backed by documents."
              },
              "next": [
                {
                  "goto": "how"
                }
              ]
            },
            "discipline": {
              "kind": "message",
              "text": {
                "uk": "Якщо звільнення відбулося за порушення трудової дисципліни, виплату допомоги можуть відстрочити або скоротити її тривалість — відповідно до Закону «Про загальнообов’язкове державне соціальне страхування на випадок безробіття».",
                "en": "After dismissal for a disciplinary breach, the benefit may be deferred or paid for a shorter time under the Law on unemployment insurance."
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
                "uk": "Зареєструватися можна в будь-якому центрі зайнятості незалежно від місця проживання, через ЦНАП або онлайн у Дії. Відомості про стаж і заробіток центр отримує з реєстру Пенсійного фонду.",
                "en": "You can register at any employment centre wherever you live, through the TsNAP or online in Diia. The centre gets your work record and earnings from the Pension Fund register."
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
              "service": "unemployment-registration",
              "show": [
                "cost",
                "term",
                "documents",
                "places"
              ],
              "text": {
                "uk": "Умови в нашій громаді:",
                "en": "Conditions in our community:"
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
                "uk": "Після реєстрації виконуйте домовленості з центром зайнятості й розглядайте запропоновані вакансії: відмова від підходящої роботи чи пропуск зустрічей без поважної причини може призвести до припинення виплат. Вакансії — на dcz.gov.ua. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "Once registered, keep to the arrangements with the employment centre and consider the vacancies offered: refusing suitable work or missing appointments without good reason may stop the payments. Vacancies are on dcz.gov.ua. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
