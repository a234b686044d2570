extension ShippedDialogues {
    /// Frequent question «Що робити, якщо загубив документи?» (What if I have lost my documents?).
    static let faqLostDocs = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_lost_docs",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Що робити, якщо загубив документи?",
            "en": "What if I have lost my documents?"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "загубив паспорт",
              "en": "lost passport"
            },
            {
              "uk": "втратив документи",
              "en": "lost documents"
            },
            {
              "uk": "вкрали паспорт",
              "en": "stolen passport"
            },
            {
              "uk": "втрата документів",
              "en": "loss of documents"
            },
            {
              "uk": "відновити документи",
              "en": "restore documents"
            }
          ],
          "nodes": {
            "a": {
              "kind": "end",
              "text": {
                "uk": "1. Якщо документи викрали — повідомте поліцію (102).\n2. Якщо серед них була банківська картка — заблокуйте її в банку.\n3. Паспорт громадянина України та закордонний паспорт оформлюють заново в ЦНАП або ДМС: під час оформлення подається заява про втрату, і втрачений документ стає недійсним.\n4. Посвідчення водія та свідоцтво про реєстрацію авто відновлюють у сервісному центрі МВС, свідоцтва про народження чи шлюб — у відділі ДРАЦС (повторне свідоцтво).\nПодробиці — у консультаціях «Паспорт (ID-картка)» та «Закордонний паспорт».",
                "en": "1. If the documents were stolen, report it to the police (102).\n2. If a bank card was among them, block it with your bank.\n3. The Ukrainian passport and the passport for travel abroad are issued anew at the TsNAP or the Migration Service: you file a loss report and the lost document becomes invalid.\n4. Driving licences and vehicle registration certificates are restored at an MIA service centre, birth or marriage certificates at the civil registry office (duplicate certificate).\nDetails are in the “Passport (ID card)” and “Passport for travel abroad” consultations."
              }
            }
          }
        }
        """#
}
