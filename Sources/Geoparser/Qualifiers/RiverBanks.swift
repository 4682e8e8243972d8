import Gazetteer

extension Geoparser {
    /// The side the left bank of each curated river lies on, looking downstream, over the stretch
    /// news of its wars names (a river's left bank is on the left of one who faces the way it
    /// flows): the Euphrates and the Tigris flow south-east through Syria and Iraq, so their left
    /// banks are the eastern ones ("the left bank of the Euphrates" in Russian briefings is the
    /// Jazira side); the Nile and the Orontes flow north, so theirs are the western ones.
    static let leftBanks: [String: String] = [
        "frontline:river:euphrates": "east", "frontline:river:tigris": "east", "frontline:river:khabur": "east",
        "frontline:river:balikh": "east", "frontline:river:jordan": "east", "frontline:river:orontes": "west",
        "frontline:river:great-zab": "southeast", "frontline:river:little-zab": "southeast", "frontline:river:diyala": "east",
        "frontline:river-dnieper": "east", "frontline:river-oskil": "east", "frontline:river-siverskyi-donets": "northeast",
        "frontline:river-nile": "west", "frontline:river-shatt-al-arab": "east",
    ]

    /// The direction opposite `d` ("east" → "west", "northeast" → "southwest").
    static func oppositeDirection(_ d: String) -> String? {
        let opposite = ["north": "south", "south": "north", "east": "west", "west": "east",
                        "northeast": "southwest", "southwest": "northeast", "northwest": "southeast", "southeast": "northwest"]
        return opposite[d]
    }

    /// The relation "the left bank of X" (`left`) or "the right bank of X" gives a river the text
    /// resolved to `place`: the side its left or right bank lies on (``leftBanks``); nil for a
    /// river whose course the table does not know, or another kind of place.
    static func bankRelation(left: Bool, of place: Place) -> String? {
        guard place.kind == .river, let d = leftBanks[place.id.rawValue] else { return nil }
        return left ? d : oppositeDirection(d)
    }
}
