extension ShippedDialogues {
    /// Frequent question «Як отримати ідентифікаційний код?» (How do I get a tax number?).
    static let faqRnokpp = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_rnokpp",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Як отримати ідентифікаційний код?",
            "en": "How do I get a tax number?"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "ідентифікаційний код",
              "en": "identification code"
            },
            {
              "uk": "РНОКПП",
              "en": "RNOKPP"
            },
            {
              "uk": "податковий номер",
              "en": "tax number"
            },
            {
              "uk": "ІПН",
              "en": "taxpayer number"
            }
          ],
          "nodes": {
            "a": {
              "kind": "end",
              "text": {
                "uk": "Реєстраційний номер облікової картки платника податків (РНОКПП, «ідентифікаційний код») присвоює податкова служба. Заяву можна подати в ЦНАП або сервісному центрі ДПС з паспортом; для дитини — з її свідоцтвом про народження, заяву подає один з батьків. Новонародженому код оформлюють через єМалятко. Номер відображається в Дії разом з цифровим паспортом.",
                "en": "The taxpayer registration number (RNOKPP, the “identification code”) is assigned by the tax service. Apply at the TsNAP or a tax service centre with your passport; for a child, a parent applies with the child’s birth certificate. For a newborn it comes with eMalyatko. The number is shown in Diia with the digital passport."
              }
            }
          }
        }
        """#
}
