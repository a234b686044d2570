extension ShippedDialogues {
    /// Consultation «Довідка про взяття на облік внутрішньо переміщеної особи» (IDP registration certificate).
    static let idpCertificate = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "idp_certificate",
          "version": 1,
          "kind": "consultation",
          "title": {
            "uk": "Довідка про взяття на облік внутрішньо переміщеної особи",
            "en": "IDP registration certificate"
          },
          "start": "from",
          "variables": {
            "from": {
              "type": "choice",
              "values": [
                "tot",
                "combat",
                "other"
              ]
            },
            "who": {
              "type": "choice",
              "values": [
                "self",
                "family",
                "child"
              ]
            },
            "docs": {
              "type": "choice",
              "values": [
                "yes",
                "no"
              ]
            }
          },
          "keywords": [
            {
              "uk": "довідка ВПО",
              "en": "IDP certificate"
            },
            {
              "uk": "переселенець",
              "en": "displaced person"
            },
            {
              "uk": "статус ВПО",
              "en": "IDP status"
            },
            {
              "uk": "взяття на облік",
              "en": "IDP registration"
            },
            {
              "uk": "евакуювався",
              "en": "evacuated"
            }
          ],
          "review": {
            "legalBasis": [
              "Закон України «Про забезпечення прав і свобод внутрішньо переміщених осіб»",
              "Порядок оформлення і видачі довідки про взяття на облік внутрішньо переміщеної особи, затверджений постановою КМУ від 01.10.2014 № 509",
              "Постанова КМУ від 20.03.2022 № 332 «Деякі питання виплати допомоги на проживання внутрішньо переміщеним особам»"
            ],
            "sources": [
              "https://guide.diia.gov.ua",
              "https://www.pfu.gov.ua",
              "https://zakon.rada.gov.ua/laws/show/1706-18"
            ],
            "lastReviewed": "2026-11-22",
            "reviewEveryDays": 180
          },
          "nodes": {
            "from": {
              "kind": "question",
              "text": {
                "uk": "Довідка ВПО. Звідки ви переїхали?",
                "en": "IDP certificate. Where did you move from?"
              },
              "variable": "from",
              "input": "choice",
              "options": [
                {
                  "value": "tot",
                  "label": {
                    "uk": "З окупованої території",
                    "en": "From an occupied territory"
                  }
                },
                {
                  "value": "combat",
                  "label": {
                    "uk": "З території бойових дій",
                    "en": "From an area of hostilities"
                  }
                },
                {
                  "value": "other",
                  "label": {
                    "uk": "З іншого місця",
                    "en": "From somewhere else"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "from",
                    "op": "eq",
                    "value": "other"
                  },
                  "goto": "other"
                },
                {
                  "goto": "who"
                }
              ]
            },
            "other": {
              "kind": "end",
              "text": {
                "uk": "Довідку ВПО видають особам, які вимушено залишили місце проживання через збройну агресію, окупацію, бойові дії, надзвичайні ситуації чи порушення прав людини; для воєнних підстав враховують офіційний перелік територій бойових дій та тимчасово окупованих територій. Якщо ви не впевнені, чи належить ваша громада до цього переліку, зверніться до ЦНАП або управління соціального захисту — вашу ситуацію перевірять.",
                "en": "The IDP certificate is for people forced to leave home because of armed aggression, occupation, hostilities, emergencies or human-rights violations; for war-related grounds the official list of areas of hostilities and occupied territories applies. If you are unsure whether your community is on the list, contact the TsNAP or the social protection department to have your case checked."
              }
            },
            "who": {
              "kind": "question",
              "text": {
                "uk": "Для кого потрібна довідка?",
                "en": "Who is the certificate for?"
              },
              "variable": "who",
              "input": "choice",
              "options": [
                {
                  "value": "self",
                  "label": {
                    "uk": "Для мене",
                    "en": "For me"
                  }
                },
                {
                  "value": "family",
                  "label": {
                    "uk": "Для мене і дітей",
                    "en": "For me and my children"
                  }
                },
                {
                  "value": "child",
                  "label": {
                    "uk": "Для дитини без батьків",
                    "en": "A child without parents"
                  }
                }
              ],
              "next": [
                {
                  "when": {
                    "var": "who",
                    "op": "eq",
                    "value": "child"
                  },
                  "goto": "child"
                },
                {
                  "when": {
                    "var": "who",
                    "op": "eq",
                    "value": "family"
                  },
                  "goto": "family"
                },
                {
                  "goto": "docs"
                }
              ]
            },
            "child": {
              "kind": "end",
              "text": {
                "uk": "Якщо дитина переміщується без батьків, зверніться до служби у справах дітей: довідку оформлюють за заявою законного представника, а для дитини без супроводу — за участю органу опіки та піклування.",
                "en": "If a child moved without their parents, contact the children’s service: the certificate is issued on the legal representative’s application, or with the guardianship authority for an unaccompanied child."
              }
            },
            "family": {
              "kind": "message",
              "text": {
                "uk": "Кожен член сім’ї отримує окрему довідку; на дітей заяву подає один з батьків — візьміть свідоцтва про народження дітей.",
                "en": "Each family member gets their own certificate; a parent applies for the children — bring their birth certificates."
              },
              "next": [
                {
                  "goto": "docs"
                }
              ]
            },
            "docs": {
              "kind": "question",
              "text": {
                "uk": "Чи є в паспорті відомості про вашу адресу на території, яку ви залишили?",
                "en": "Does your passport show your address in the area you left?"
              },
              "variable": "docs",
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
                    "var": "docs",
                    "op": "eq",
                    "value": "no"
                  },
                  "goto": "no_docs"
                },
                {
                  "goto": "how"
                }
              ]
            },
            "no_docs": {
              "kind": "message",
              "text": {
                "uk": "Проживання на території, яку ви залишили, можна підтвердити іншими документами: військовим квитком, трудовою книжкою, документами про право власності на житло, довідками з місця роботи чи навчання, медичними документами тощо.",
                "en": "Residence in the area you left can be proven by other documents: military ID, employment record book, property documents, certificates from work or school, medical records and the like."
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
                "uk": "Подати заяву можна в ЦНАП, управлінні соціального захисту населення або онлайн у Дії. Довідка безстрокова, але в разі зміни фактичного місця проживання її оформлюють заново. Військовозобов’язаним варто мати з собою військово-обліковий документ (зокрема електронний у «Резерв+»).",
                "en": "You can apply at the TsNAP, the social protection department or online in Diia. The certificate does not expire, but if you change your actual address it is issued anew. People liable for military service should bring their military registration document (including the electronic one in Reserve+)."
              },
              "next": [
                {
                  "goto": "facts"
                }
              ]
            },
            "facts": {
              "kind": "facts",
              "service": "idp-certificate",
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
                  "goto": "pay"
                }
              ]
            },
            "pay": {
              "kind": "facts",
              "service": "idp-living-allowance",
              "show": [
                "eligibility",
                "documents"
              ],
              "text": {
                "uk": "Після отримання довідки можна звернутися по допомогу на проживання — її призначає Пенсійний фонд за встановленими критеріями:",
                "en": "With the certificate you can apply for the living allowance — the Pension Fund grants it under set criteria:"
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
                "uk": "Облік ВПО скасовують, зокрема, якщо особа повернулася до покинутого місця проживання або виїхала на постійне проживання за кордон. Більше інформації — у розділі «Інформація для ВПО». Якщо ваша ситуація інша або щось незрозуміло — зверніться до адміністратора ЦНАП: він підкаже.",
                "en": "IDP registration is cancelled, for example, if the person returns to the home they left or moves abroad permanently. More in “Information for IDPs”. If your situation is different or something is unclear, ask a TsNAP administrator."
              }
            }
          }
        }
        """#
}
