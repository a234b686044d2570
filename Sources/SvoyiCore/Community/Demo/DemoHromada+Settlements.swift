/// The town, the villages and the starosta districts of the demo hromada.
///
/// Populations and coordinates are invented but consistent: every village lies within about 15 km of the
/// town, in the forest-steppe between Звенигородка and Шпола. КАТОТТГ codes are illustrative (see
/// ``DemoHromada``): settlement numbers `001`–`012` inside the unused hromada number `099`.
extension DemoHromada {
    /// КАТОТТГ codes of the settlements, by name, so institutions can refer to them.
    enum Place {
        static let vyshnedolsk = "UA71020990010058216"
        static let kalynivka = "UA71020990020031647"
        static let verbivka = "UA71020990030084420"
        static let lozuvatka = "UA71020990040062958"
        static let zelenyiHai = "UA71020990050017803"
        static let dubovyiYar = "UA71020990060049371"
        static let stavky = "UA71020990070025164"
        static let sosnivka = "UA71020990080073592"
        static let bereznyaky = "UA71020990090038815"
        static let topolivka = "UA71020990100056247"
        static let pidhirne = "UA71020990110091036"
        static let hrushkivka = "UA71020990120044689"
    }

    static let districts: [StarostaDistrict] = [
        StarostaDistrict(
            code: "kalynivka",
            name: text("Калинівський старостинський округ", "Kalynivka starosta district"),
            starosta: "Олена Петрівна Коваленко"),
        StarostaDistrict(
            code: "zelenyi-hai",
            name: text("Зеленогайський старостинський округ", "Zelenyi Hai starosta district"),
            starosta: "Микола Іванович Бондар"),
        StarostaDistrict(
            code: "sosnivka",
            name: text("Соснівський старостинський округ", "Sosnivka starosta district"),
            starosta: "Тетяна Володимирівна Мельник"),
        StarostaDistrict(
            code: "pidhirne",
            name: text("Підгірненський старостинський округ", "Pidhirne starosta district"),
            starosta: "Василь Андрійович Ткачук"),
    ]

    static let settlements: [Settlement] = [
        Settlement(
            katottg: Place.vyshnedolsk, name: text("Вишнедольськ", "Vyshnedolsk"), kind: .city,
            district: nil, population: 14_820, coordinates: Coordinates(latitude: 49.1520, longitude: 31.1840)),
        Settlement(
            katottg: Place.kalynivka, name: text("Калинівка", "Kalynivka"), kind: .village,
            district: "kalynivka", population: 1_420,
            coordinates: Coordinates(latitude: 49.2105, longitude: 31.1190)),
        Settlement(
            katottg: Place.verbivka, name: text("Вербівка", "Verbivka"), kind: .village,
            district: "kalynivka", population: 610, coordinates: Coordinates(latitude: 49.2390, longitude: 31.1530)),
        Settlement(
            katottg: Place.lozuvatka, name: text("Лозуватка", "Lozuvatka"), kind: .village,
            district: "kalynivka", population: 280, coordinates: Coordinates(latitude: 49.2250, longitude: 31.0660)),
        Settlement(
            katottg: Place.zelenyiHai, name: text("Зелений Гай", "Zelenyi Hai"), kind: .village,
            district: "zelenyi-hai", population: 1_180,
            coordinates: Coordinates(latitude: 49.0905, longitude: 31.2710)),
        Settlement(
            katottg: Place.dubovyiYar, name: text("Дубовий Яр", "Dubovyi Yar"), kind: .village,
            district: "zelenyi-hai", population: 430,
            coordinates: Coordinates(latitude: 49.0610, longitude: 31.2290)),
        Settlement(
            katottg: Place.stavky, name: text("Ставки", "Stavky"), kind: .settlement,
            district: "zelenyi-hai", population: 190, coordinates: Coordinates(latitude: 49.0830, longitude: 31.3350)),
        Settlement(
            katottg: Place.sosnivka, name: text("Соснівка", "Sosnivka"), kind: .village,
            district: "sosnivka", population: 960, coordinates: Coordinates(latitude: 49.1880, longitude: 31.3060)),
        Settlement(
            katottg: Place.bereznyaky, name: text("Березняки", "Bereznyaky"), kind: .village,
            district: "sosnivka", population: 520, coordinates: Coordinates(latitude: 49.2230, longitude: 31.3320)),
        Settlement(
            katottg: Place.topolivka, name: text("Тополівка", "Topolivka"), kind: .village,
            district: "sosnivka", population: 240, coordinates: Coordinates(latitude: 49.1600, longitude: 31.3650)),
        Settlement(
            katottg: Place.pidhirne, name: text("Підгірне", "Pidhirne"), kind: .village,
            district: "pidhirne", population: 740, coordinates: Coordinates(latitude: 49.1050, longitude: 31.0850)),
        Settlement(
            katottg: Place.hrushkivka, name: text("Грушківка", "Hrushkivka"), kind: .village,
            district: "pidhirne", population: 350, coordinates: Coordinates(latitude: 49.0720, longitude: 31.0420)),
    ]
}
