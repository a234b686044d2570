internal import CLinux
import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension HTTPConnection {
    func append(_ bytes: [UInt8]) {
        outbound.append(contentsOf: bytes)
    }

    /// Writes as much as the socket takes; waits for `EPOLLOUT` for the rest.
    func flush() {
        while !closed && outboundOffset < outbound.count {
            let count = outbound.withUnsafeBytes { bytes in
                Glibc.send(
                    descriptor, bytes.baseAddress! + outboundOffset, bytes.count - outboundOffset, Int32(MSG_NOSIGNAL))
            }
            if count > 0 {
                outboundOffset += count
                writeStalledSince = nil
            } else if count < 0 && errno == EINTR {
                continue
            } else if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                if !wantWritable {
                    wantWritable = true
                    eventLoop.setWritable(descriptor, true)
                }
                if writeStalledSince == nil { writeStalledSince = DispatchTime.now().uptimeNanoseconds }
                releaseStreamCreditIfRoom()
                return
            } else {
                close()  // reset by the peer, broken pipe
                return
            }
        }
        guard !closed else { return }
        outbound.removeAll(keepingCapacity: outbound.capacity <= 64 * 1024)
        outboundOffset = 0
        if wantWritable {
            wantWritable = false
            eventLoop.setWritable(descriptor, false)
        }
        releaseStreamCreditIfRoom()
        if responseQueued { responseFinished() }
    }

    private func responseFinished() {
        responseQueued = false
        inFlight = false
        guard keepAliveAfterResponse else {
            if peerClosedInput { close() } else { linger() }
            return
        }
        waitingSince = DispatchTime.now().uptimeNanoseconds
        if ready.isEmpty {
            // Idle again: give back what a burst of pipelined requests made the queues grow to.
            if ready.capacity > 2 * Self.queueLimit { ready = [] }
            if events.capacity > 64 { events = [] }
        }
        if assembling?.expectContinue == true && ready.isEmpty { sendContinue() }
        if readPaused && parseFailure == nil && ready.count < Self.queueLimit / 2 && !draining {
            readPaused = false
            processUnparsed()
            readAvailable()  // edge-triggered: data that arrived meanwhile raised no new event
        }
        dispatchNext()
    }

    /// After the last answer: shut the write side, read and discard what the client still sends (the rest of
    /// a refused body) for at most two seconds, then close. Closing with unread input would reset the
    /// connection, and the client could lose the answer.
    private func linger() {
        shutdown(descriptor, Int32(SHUT_WR))
        lingerUntil = DispatchTime.now().uptimeNanoseconds + 2_000_000_000
        readAvailable()
    }

    func close() {
        guard !closed else { return }
        closed = true
        handlerTask?.cancel()
        handlerTask = nil
        spoolInFlight?.discard()
        spoolInFlight = nil
        assembling?.spool?.discard()
        for pending in ready { pending.spool?.discard() }
        streamTask?.cancel()
        streamTask = nil
        releaseStreamCreditIfRoom()
        if streaming {
            // A body cut short must not look complete (HTTP/1.0 ends bodies by closing): reset instead.
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        }
        eventLoop.deregister(descriptor)
        Glibc.close(descriptor)
        server.release(peer)
    }

    /// Stop taking new requests: an idle connection closes now; one with requests read answers them all,
    /// the last with `Connection: close`.
    func beginDrain() {
        draining = true
        if assembling == nil { readPaused = true }
        if inFlight && ready.isEmpty { keepAliveAfterResponse = false }  // the answer being made is the last
        if !inFlight && ready.isEmpty && assembling == nil && headStartedAt == nil { close() }
        if !inFlight && !ready.isEmpty { dispatchNext() }
    }

    func tick(now: UInt64) {
        guard !closed else { return }
        let configuration = server.configuration
        if let until = lingerUntil {
            if now >= until { close() }
            return
        }
        if let since = writeStalledSince, now - since > nanoseconds(configuration.writeTimeout) {
            configuration.report("closed a connection whose client stopped reading")
            close()
            return
        }
        if let pending = assembling {
            // The body clock runs only while the server is reading it (and has asked for it).
            let reading = !readPaused && (!pending.expectContinue || pending.continueSent)
            if reading && now - pending.startedAt > nanoseconds(configuration.requestTimeout) {
                timeOut()
                return
            }
            if reading && now - bodyWindowStart > nanoseconds(configuration.bodyRateWindow) {
                if bodyWindowBytes < configuration.minimumBodyBytesPerWindow {
                    timeOut()
                    return
                }
                bodyWindowStart = now
                bodyWindowBytes = 0
            }
            if !reading { bodyWindowStart = now }
            return
        }
        guard !inFlight && ready.isEmpty else { return }
        if let started = headStartedAt {
            // One deadline for the whole head, however slowly it drips in.
            if now - started > nanoseconds(configuration.headerTimeout) { timeOut() }
        } else if draining || now - waitingSince > nanoseconds(configuration.idleTimeout) {
            close()
        }
    }

    private func timeOut() {
        readPaused = true
        if inFlight { close() } else { sendError(.requestTimeout, closing: true) }
    }

    private func nanoseconds(_ seconds: TimeInterval) -> UInt64 {
        UInt64(max(0, seconds) * 1_000_000_000)
    }
}
