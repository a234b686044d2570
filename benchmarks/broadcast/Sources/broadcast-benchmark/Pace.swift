/// The pace of accepted sends: the steady part is between the 10th and the 90th percentile of the acceptance times,
/// which leaves out the start (the job runner noticing the message, the first burst of the bucket) and the tail.
struct Pace {
    /// Sends accepted in the steady part, per second.
    let steadyRate: Double
    /// How long the steady part lasted.
    let steadySeconds: Double
    /// The fewest and the median sends accepted in one whole second of the steady part.
    let slowestSecond: Int
    let medianSecond: Int

    init(_ unsorted: [Double]) {
        let times = unsorted.sorted()
        let low = times.count / 10
        let high = times.count * 9 / 10
        guard high > low + 1, times[high] > times[low] else {
            (steadyRate, steadySeconds, slowestSecond, medianSecond) = (0, 0, 0, 0)
            return
        }
        steadySeconds = times[high] - times[low]
        steadyRate = Double(high - low) / steadySeconds
        var seconds = [Int](repeating: 0, count: max(1, Int(steadySeconds)))
        for time in times[low...high] {
            let second = Int(time - times[low])
            if second < seconds.count { seconds[second] += 1 }
        }
        let sorted = seconds.sorted()
        slowestSecond = sorted.first ?? 0
        medianSecond = sorted[sorted.count / 2]
    }
}
