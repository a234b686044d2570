extension ShippedDialogues {
    /// Frequent question «Які документи потрібні дитині?» (What documents does a child need?).
    static let faqChildDocs = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_child_docs",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Які документи потрібні дитині?",
            "en": "What documents does a child need?"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "документи дитині",
              "en": "documents for a child"
            },
            {
              "uk": "свідоцтво про народження",
              "en": "birth certificate"
            },
            {
              "uk": "паспорт дитині",
              "en": "passport for a child"
            },
            {
              "uk": "код дитині",
              "en": "tax number for a child"
            }
          ],
          "nodes": {
            "a": {
              "kind": "end",
              "text": {
                "uk": "Основні документи дитини:\n• свідоцтво про народження — оформлюють у відділі ДРАЦС або через єМалятко;\n• задеклароване місце проживання — за заявою одного з батьків;\n• РНОКПП (ідентифікаційний код) — у податковій, ЦНАП або через єМалятко;\n• закордонний паспорт — у будь-якому віці, якщо дитина подорожує за кордон;\n• паспорт громадянина України (ID-картка) — з 14 років.\nПодробиці — у консультаціях розділу «Послуги».",
                "en": "A child’s main documents:\n• birth certificate — from the civil registry office or through eMalyatko;\n• registered residence — on a parent’s application;\n• taxpayer number (RNOKPP) — at the tax office, TsNAP or through eMalyatko;\n• passport for travel abroad — at any age, if the child travels;\n• Ukrainian passport (ID card) — from the age of 14.\nDetails are in the consultations of the “Services” section."
              }
            }
          }
        }
        """#
}
