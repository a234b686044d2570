internal import CLinux
import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension HTTPConnection {
    func append(_ bytes: [UInt8]) {
        outbound.append(contentsOf: bytes)
    }

    /// The current response is complete once what is queued is written.
    func markResponseQueued() {
        responseQueued = true
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
                return
            } else {
                close()  // reset by the peer, broken pipe
                return
            }
        }
        guard !closed else { return }
        if outbound.capacity > 1 << 20 {
            outbound = []
        } else {
            outbound.removeAll(keepingCapacity: true)
        }
        outboundOffset = 0
        if wantWritable {
            wantWritable = false
            eventLoop.setWritable(descriptor, false)
        }
        if responseQueued { responseFinished() }
    }

    private func responseFinished() {
        responseQueued = false
        inFlight = false
        streamTask = nil
        guard keepAliveAfterResponse else {
            close()
            return
        }
        waitingSince = DispatchTime.now().uptimeNanoseconds
        if assembling?.expectContinue == true && ready.isEmpty { sendContinue() }
        if readPaused && parseFailure == nil && ready.count < 8 {
            readPaused = false
            readAvailable()  // edge-triggered: data that arrived meanwhile raised no new event
        }
        dispatchNext()
    }

    func close() {
        guard !closed else { return }
        closed = true
        streamTask?.cancel()
        streamTask = nil
        eventLoop.deregister(descriptor)
        Glibc.close(descriptor)
        server.release(peer)
    }

    /// Stop taking new requests: an idle connection closes now, a busy one after its current response.
    func beginDrain() {
        draining = true
        keepAliveAfterResponse = false
        if !inFlight && ready.isEmpty && assembling == nil && headStartedAt == nil { close() }
    }

    func tick(now: UInt64) {
        guard !closed else { return }
        let configuration = server.configuration
        if let since = writeStalledSince, now - since > nanoseconds(configuration.writeTimeout) {
            configuration.report("closed a connection whose client stopped reading")
            close()
            return
        }
        if assembling != nil {
            // Reading a body: it must keep arriving at the minimum rate.
            if now - bodyWindowStart > nanoseconds(configuration.bodyRateWindow) {
                if bodyWindowBytes < configuration.minimumBodyBytesPerWindow {
                    readPaused = true
                    if inFlight { close() } else { sendError(.requestTimeout, closing: true) }
                    return
                }
                bodyWindowStart = now
                bodyWindowBytes = 0
            }
            return
        }
        guard !inFlight && ready.isEmpty else { return }
        if let started = headStartedAt {
            // One deadline for the whole head, however slowly it drips in.
            if now - started > nanoseconds(configuration.headerTimeout) {
                readPaused = true
                sendError(.requestTimeout, closing: true)
            }
        } else if draining || now - waitingSince > nanoseconds(configuration.idleTimeout) {
            close()
        }
    }

    private func nanoseconds(_ seconds: TimeInterval) -> UInt64 {
        UInt64(max(0, seconds) * 1_000_000_000)
    }
}
