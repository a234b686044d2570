extension ShippedDialogues {
    /// Consultation «Житлова субсидія» (Housing subsidy).
    static let housingSubsidy = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "housing_subsidy",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Житлова субсидія",
            "en": "Housing subsidy"
          },
          "start": "who",
          "variables": {
            "who": {
              "type": "choice",
              "values": [
                "owner",
                "renter",
                "nocontract"
              ]
            },
            "first": {
              "type": "choice",
              "values": [
                "new",
                "renew"
              ]
            },
            "work": {
              "type": "choice",
              "values": [
                "yes",
                "no"
              ]
            }
          },
          "keywords": [
            {
              "uk": "субсидія",
              "en": "subsidy"
            },
            {
              "uk": "житлова субсидія",
              "en": "housing subsidy"
            },
            {
              "uk": "комуналка",
              "en": "utility bills"
            },
            {
              "uk": "оплата комунальних послуг",
              "en": "paying utilities"
            },
            {
              "uk": "опалення",
              "en": "heating"
            }
          ],
          "review": {
            "legalBasis": [
              "Положення про порядок призначення житлових субсидій, затверджене постановою КМУ від 21.10.1995 № 848"
            ],
            "sources": [
              "https://www.pfu.gov.ua",
              "https://portal.pfu.gov.ua",
              "https://guide.diia.gov.ua"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "who": {
              "kind": "question",
              "text": {
                "uk": "Житлова субсидія на оплату житлово-комунальних послуг. Хто ви щодо житла?",
                "en": "Housing subsidy for utility bills. What is your relation to the home?"
              },
              "variable": "who",
              "input": "choice",
              "options": [
                {
                  "value": "owner",
                  "label": {
                    "uk": "Власник(ця) або наймач",
                    "en": "Owner or registered tenant"
                  }
                },
                {
                  "value": "renter",
                  "label": {
                    "uk": "Орендую за договором",
                    "en": "I rent under a contract"
                  }
                },
                {
                  "value": "nocontract",
                  "label": {
                    "uk": "Живу без договору",
                    "en": "I live there without a contract"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "who",
                    "op": "eq",
                    "value": "renter"
                  },
                  "goto": "renter"
                },
                {
                  "when": {
                    "var": "who",
                    "op": "eq",
                    "value": "nocontract"
                  },
                  "goto": "nocontract"
                },
                {
                  "goto": "first"
                }
              ]
            },
            "renter": {
              "kind": "message",
              "text": {
                "uk": "Якщо ви орендуєте житло, субсидію можна отримати за наявності договору найму (оренди). Внутрішньо переміщеним особам її призначають за фактичним місцем проживання.",
                "en": "If you rent, you can get the subsidy with a tenancy (rental) agreement. IDPs get it at their actual address."
              },
              "next": [
                {
                  "goto": "first"
                }
              ]
            },
            "nocontract": {
              "kind": "message",
              "text": {
                "uk": "Без договору субсидію на вас не оформити: заяву подає власник або наймач житла, а ви враховуєтеся як член домогосподарства. Інший варіант — укласти договір найму з власником.",
                "en": "Without a contract the subsidy cannot be in your name: the owner or tenant applies and you are counted as a household member. Alternatively, sign a tenancy agreement with the owner."
              },
              "next": [
                {
                  "goto": "first"
                }
              ]
            },
            "first": {
              "kind": "question",
              "text": {
                "uk": "Ви вже отримуєте субсидію?",
                "en": "Do you already receive the subsidy?"
              },
              "variable": "first",
              "input": "choice",
              "options": [
                {
                  "value": "new",
                  "label": {
                    "uk": "Ні, звертаюся вперше",
                    "en": "No, applying for the first time"
                  }
                },
                {
                  "value": "renew",
                  "label": {
                    "uk": "Так, уже отримую",
                    "en": "Yes, I receive it"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "first",
                    "op": "eq",
                    "value": "renew"
                  },
                  "goto": "renew"
                },
                {
                  "goto": "work"
                }
              ]
            },
            "renew": {
              "kind": "end",
              "text": {
                "uk": "Якщо склад домогосподарства, доходи та житло не змінилися, субсидію на наступний період перераховують автоматично — звертатися не потрібно. Про зміни (хтось виписався чи прописався, придбано житло чи авто, зміна роботи) повідомте якнайшвидше, щоб уникнути переплати. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "If the household, income and home have not changed, the subsidy is recalculated automatically for the next period — no need to apply. Report changes (someone moved in or out, a home or car was bought, a job change) promptly to avoid overpayment. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            },
            "work": {
              "kind": "question",
              "text": {
                "uk": "Чи є у сім’ї працездатні особи без доходу?",
                "en": "Are there working-age people without income in the household?"
              },
              "variable": "work",
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
                    "var": "work",
                    "op": "eq",
                    "value": "yes"
                  },
                  "goto": "imputed"
                },
                {
                  "goto": "rules"
                }
              ]
            },
            "imputed": {
              "kind": "message",
              "text": {
                "uk": "Якщо працездатні члени сім’ї не працюють, не навчаються і не зареєстровані в центрі зайнятості, для розрахунку субсидії їм можуть врахувати умовний дохід — субсидія зменшиться або в ній відмовлять. Винятки є, зокрема для тих, хто доглядає маленьких дітей чи осіб з інвалідністю.",
                "en": "If working-age household members neither work, study nor are registered at the employment centre, an imputed income may be counted for them — the subsidy shrinks or is refused. There are exceptions, for example for those caring for young children or people with disabilities."
              },
              "next": [
                {
                  "goto": "rules"
                }
              ]
            },
            "rules": {
              "kind": "message",
              "text": {
                "uk": "Субсидію можуть не призначити, зокрема, якщо в сім’ї були певні великі покупки чи депозити понад встановлені межі, є інше житло понад норму або прострочена заборгованість за комунальні послуги. Адміністратор перевірить вашу ситуацію. Подати заяву можна в ЦНАП, Пенсійному фонді або онлайн на вебпорталі Пенсійного фонду.",
                "en": "The subsidy may be refused, for example, after certain large purchases or deposits above set limits, extra housing above the norm, or overdue utility debts. The administrator will check your case. Apply at the TsNAP, the Pension Fund or online on the Pension Fund web portal."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "housing-subsidy",
              "show": [
                "documents",
                "cost",
                "term",
                "eligibility",
                "places",
                "eservice"
              ],
              "text": {
                "uk": "Умови в нашій громаді та онлайн:",
                "en": "Conditions in our community and online:"
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
                "uk": "Субсидію призначають окремо на опалювальний і неопалювальний періоди. Якщо в ній відмовили, попросіть письмове рішення з причинами — його можна оскаржити до Пенсійного фонду або до суду. Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "The subsidy is granted separately for the heating and non-heating seasons. If refused, ask for a written decision with reasons — it can be appealed to the Pension Fund or in court. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
