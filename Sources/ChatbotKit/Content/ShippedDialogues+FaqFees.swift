extension ShippedDialogues {
    /// Frequent question «Як оплатити адміністративний збір?» (How do I pay a fee?).
    static let faqFees = #"""
        {
          "schema": "svoyi-dialogue/1",
          "id": "faq_fees",
          "version": 1,
          "kind": "faq",
          "title": {
            "uk": "Як оплатити адміністративний збір?",
            "en": "How do I pay a fee?"
          },
          "start": "a",
          "keywords": [
            {
              "uk": "оплата",
              "en": "payment"
            },
            {
              "uk": "адмінзбір",
              "en": "administrative fee"
            },
            {
              "uk": "квитанція",
              "en": "receipt"
            },
            {
              "uk": "реквізити",
              "en": "payment details"
            },
            {
              "uk": "скільки коштує",
              "en": "how much does it cost"
            }
          ],
          "nodes": {
            "a": {
              "kind": "end",
              "text": {
                "uk": "Розмір збору для кожної послуги вказано в консультаціях бота і в ЦНАП. Сплатити можна за реквізитами в банку чи онлайн-банкінгу, а в багатьох ЦНАП — карткою на місці. Збережіть квитанцію: її долучають до заяви. В електронних послугах Дії оплата відбувається в застосунку. Збір за послугу, у наданні якої відмовили, зазвичай не повертають, тож перед оплатою перевірте перелік документів.",
                "en": "The fee for each service is shown in the bot’s consultations and at the TsNAP. You can pay by bank transfer or online banking, and at many TsNAPs by card on site. Keep the receipt: it goes with your application. For Diia e-services you pay in the app. A fee for a refused service is usually not refunded, so check the list of documents before paying."
              }
            }
          }
        }
        """#
}
