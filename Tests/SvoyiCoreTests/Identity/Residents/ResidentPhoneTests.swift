import SvoyiCore
import Testing

@Suite struct ResidentPhoneTests {
    @Test(arguments: [
        ("0671234567", "+380671234567"),
        ("067 123 45 67", "+380671234567"),
        ("(067) 123-45-67", "+380671234567"),
        ("+38 (067) 123-45-67", "+380671234567"),
        ("380671234567", "+380671234567"),
        ("+380671234567", "+380671234567"),
        ("80671234567", "+380671234567"),
        ("00380671234567", "+380671234567"),
        ("  +380 50 111 22 33 ", "+380501112233"),
        ("099.765.43.21", "+380997654321"),
        ("+380 44 123 4567", "+380441234567"),
        ("0 39 000\u{00A0}11\u{00A0}22", "+380390001122"),
    ])
    func ukrainianNumbersNormaliseToE164(input: String, expected: String) throws {
        #expect(try ResidentPhone.normalise(input) == expected)
    }

    @Test(arguments: [
        "",
        "+",
        "067123456",  // nine digits: the leading 0 is missing
        "06712345678",  // eleven digits
        "+0671234567",  // a plus before a national number
        "+48 601 234 567",  // Poland
        "+1 202 555 0100",  // the USA
        "0071234567",  // a national number starting with 0
        "380171234567",  // a national number starting with 1
        "+38+0671234567",  // a second plus
        "0671234567+",  // a trailing plus
        "067-ABC-4567",
        "067 123 45 67 дод. 2",
        "０６７１２３４５６７",  // full-width digits
        "067/123/45/67",
        "3806712345670000000000000000000000000000000000",
    ])
    func anythingElseIsInvalid(input: String) {
        #expect(throws: ResidentError.invalidPhone) { try ResidentPhone.normalise(input) }
    }
}
