import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Once the service has answered a request without reading all its body (a 401 before sign-in, a 405, a 413),
/// the rest of the body is read and thrown away as it comes, and the connection is closed if the body
/// has not ended `linger` after the answer.
///
/// Without it, such a connection stayed open for good: NIO stopped reading once the unread body filled
/// the request stream's buffer, so the client's FIN, queued behind those bytes, was never seen. Measured:
/// 100 POSTs of 2 MB to /api/lots without signing in left 90 connections open (with no idle timeout, for
/// good), each holding about 500 KB; 600 of them took the service from 60 MB to 436 MB.
/// Reading on (rather than closing at once) lets the client finish sending and read the answer, instead
/// of losing it to the reset a close over unread bytes sends.
final class UnreadBodyDiscarder: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// How long a body may keep coming after its request was answered.
    static let linger = TimeAmount.seconds(5)

    /// Request heads and ends read, and answers ended, on this connection (requests may be pipelined: the
    /// next request's head can be read before the previous answer is written).
    private var headsRead = 0
    private var endsRead = 0
    private var answersEnded = 0
    /// The last request read asked for the connection to be closed after it.
    private var closesAfterRequest = false
    /// Answered while its body was still coming: body parts are dropped.
    private var discarding = false
    private var deadline: Scheduled<Void>?

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            headsRead += 1
            closesAfterRequest = head.headerFields[.connection]?.lowercased() == "close"
            context.fireChannelRead(data)
        case .body:
            if !discarding { context.fireChannelRead(data) }
        case .end:
            endsRead += 1
            if discarding {
                discarding = false
                deadline?.cancel()
                deadline = nil
                // Hummingbird no longer reads a connection that asked to be closed: close it now that the
                // body is all in (no unread bytes, so no reset), rather than wait for the client.
                if closesAfterRequest {
                    context.close(promise: nil)
                    return
                }
            }
            context.fireChannelRead(data)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        // Nobody downstream wants these bytes, so its back-pressure must not stop the reading.
        if discarding { context.read() }
        context.fireChannelReadComplete()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        context.write(data, promise: promise)
        guard case .end = unwrapOutboundIn(data) else { return }
        // Answers come in the order of requests: this one answers request number `answered`, whose body
        // is still coming when it is the last request read and its end has not been.
        let answered = answersEnded
        answersEnded += 1
        guard !discarding, endsRead == answered, headsRead == endsRead + 1 else { return }
        discarding = true
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        deadline = context.eventLoop.scheduleTask(in: Self.linger) { loopBound.value.close(promise: nil) }
        context.read()
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }
}

@available(*, unavailable)
extension UnreadBodyDiscarder: Sendable {}
