import Foundation
import Testing

@testable import SvoyiCore

/// The pace of one bot, as a pure value.
@Suite struct DeliveryGovernorTests {
    let start = notifyTestStart
    let telegram = DeliveryLimits(
        messagesPerSecond: 30, perRecipientInterval: .seconds(1), batchSize: 1, concurrency: 8)

    @Test func aSecondsBurstThenTheSteadyRate() {
        var governor = DeliveryGovernor(limits: telegram, now: start)
        #expect(governor.readyAt(cost: 1, now: start) == start)
        governor.spend(30, to: [], now: start)
        let next = governor.readyAt(cost: 1, now: start)
        #expect(abs(next.timeIntervalSince(start) - 1.0 / 30) < 1e-6)
        // A batch larger than the bucket waits for a full bucket, then leaves it in debt.
        var viber = DeliveryGovernor(
            limits: DeliveryLimits(messagesPerSecond: 100, perRecipientInterval: .zero, batchSize: 300, concurrency: 1),
            now: start)
        #expect(viber.readyAt(cost: 300, now: start) == start)
        viber.spend(300, to: [], now: start)
        #expect(viber.readyAt(cost: 300, now: start) == start.addingTimeInterval(3))
        #expect(viber.available(now: start.addingTimeInterval(1)) < 0)
    }

    @Test func aPauseHoldsEverySend() {
        var governor = DeliveryGovernor(limits: telegram, now: start)
        governor.pause(until: start.addingTimeInterval(10))
        governor.pause(until: start.addingTimeInterval(4))  // a shorter pause does not shorten it
        #expect(governor.readyAt(cost: 1, now: start.addingTimeInterval(2)) == start.addingTimeInterval(10))
        #expect(governor.available(now: start.addingTimeInterval(9)) == 0)
        #expect(governor.readyAt(cost: 1, now: start.addingTimeInterval(11)) == start.addingTimeInterval(11))
    }

    @Test func eachPersonIsFreeAgainAfterTheInterval() {
        var governor = DeliveryGovernor(limits: telegram, now: start)
        governor.spend(2, to: ["a", "b"], now: start)
        #expect(governor.recentlySent == ["a": start.addingTimeInterval(1), "b": start.addingTimeInterval(1)])
        governor.spend(1, to: ["c"], now: start.addingTimeInterval(5))
        #expect(governor.recentlySent == ["c": start.addingTimeInterval(6)], "people long free are forgotten")
    }

    @Test func theRetryPolicyDoublesWithJitterUpToItsCap() {
        let policy = NotifyRetryPolicy(maximumAttempts: 8, baseDelay: 30, maximumDelay: 3_600)
        #expect(policy.delay(afterAttempt: 1, jitter: 1) == 30)
        #expect(policy.delay(afterAttempt: 1, jitter: 0) == 15)
        #expect(policy.delay(afterAttempt: 3, jitter: 1) == 120)
        #expect(policy.delay(afterAttempt: 20, jitter: 1) == 3_600)
        #expect(policy.delay(afterAttempt: 2, jitter: .nan) == 60)
    }
}
