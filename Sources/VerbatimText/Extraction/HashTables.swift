/// Open-addressing tables keyed by token hashes. Token hashes are already well mixed, so these skip `Hasher`
/// (SipHash), which dominated extraction time with `Set<UInt64>` and `Dictionary<UInt64, _>`.

/// A set of 64-bit token hashes (0 is never a member).
struct HashSet64: Sendable {
    private var slots: [UInt64]
    private var mask: Int

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let list = Array(keys)
        var capacity = 8
        while capacity < list.count * 2 + 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for k in list where k != 0 { insert(k) }
    }

    private mutating func insert(_ key: UInt64) {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while slots[i] != 0 {
            if slots[i] == key { return }
            i = (i + 1) & mask
        }
        slots[i] = key
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return false }
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let s = slots[i]
            if s == key { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// A map from 64-bit token hashes to small integers (0 is never a key).
struct HashMap64: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        var c = 8
        while c < capacity * 2 { c <<= 1 }
        keys = Array(repeating: 0, count: c)
        values = Array(repeating: 0, count: c)
        mask = c - 1
    }

    @inline(__always) func get(_ key: UInt64) -> Int? {
        guard key != 0 else { return nil }
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = keys[i]
            if k == key { return Int(values[i]) }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ key: UInt64, _ value: Int) {
        guard key != 0 else { return }
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while keys[i] != 0 {
            if keys[i] == key { values[i] = Int32(value); return }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = Int32(value)
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { set(k, Int(v)) }
    }
}
