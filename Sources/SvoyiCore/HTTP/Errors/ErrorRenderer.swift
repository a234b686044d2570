/// Turns anything thrown while answering a request into a response.
///
/// - An ``HTTPError`` (or an ``HTTPErrorConvertible``) answers with its status and headers.
/// - Anything else answers a generic 500; what was thrown goes only to ``errorLog``, with the request id and route.
///
/// Requests under ``apiPrefix`` get RFC 9457 problem JSON; all others get the hromada's HTML error page in the
/// negotiated language. HEAD requests get the headers without a body.
public struct ErrorRenderer: Sendable {
    /// Paths starting with this answer problem JSON.
    public var apiPrefix: String
    /// Where unexpected errors are described (never to the client).
    public var errorLog: LogSink
    /// The page layout for a language, around HTML error pages.
    public var layout: @Sendable (Language) -> PageLayout

    /// A renderer for one hromada's site.
    public init(
        hromadaName: String, apiPrefix: String = "/api/", errorLog: LogSink = .standardError
    ) {
        self.init(apiPrefix: apiPrefix, errorLog: errorLog) { language in
            PageLayout(hromadaName: hromadaName, localizer: Localizer(language: language))
        }
    }

    /// A renderer with a layout of the caller's own.
    public init(
        apiPrefix: String = "/api/", errorLog: LogSink = .standardError,
        layout: @escaping @Sendable (Language) -> PageLayout
    ) {
        self.apiPrefix = apiPrefix
        self.errorLog = errorLog
        self.layout = layout
    }

    /// The response for `error` thrown while answering `request`.
    public func response(for error: any Error, request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        let httpError = httpError(for: error, context: context)
        var response: HTTPResponse
        if isAPI(request, context: context) {
            let problem = ProblemDetails(httpError, instance: "/" + context.path.joined(separator: "/"))
            response = HTTPResponse(
                status: httpError.status, headers: HTTPHeaders([("Content-Type", ProblemDetails.contentType)]),
                body: .bytes(problem.jsonBytes()))
        } else {
            let page = ErrorPage.render(status: httpError.status.code, layout: layout(context.language))
            response = HTTPResponse(
                status: httpError.status, headers: HTTPHeaders([("Content-Type", "text/html; charset=utf-8")]),
                body: .bytes(page.renderBytes()))
            response.headers.add("Content-Language", context.language.rawValue)
        }
        response.headers.add("Cache-Control", "no-store")
        for field in httpError.headers { response.headers.set(field.name, field.value) }
        if request.method == .head { response.body = .bytes([]) }
        return response
    }

    /// The HTTP error `error` stands for; logs what a generic 500 hides.
    func httpError(for error: any Error, context: RequestContext) -> HTTPError {
        let known: HTTPError? = (error as? HTTPError) ?? (error as? any HTTPErrorConvertible)?.httpError
        if let known {
            if let detail = known.logDetail { log(detail, context: context, status: known.status.code) }
            return known
        }
        log(String(reflecting: error), context: context, status: 500)
        return HTTPError(.internalServerError)
    }

    /// Whether the request's path, normalised or (when it could not be) raw, lies under ``apiPrefix``.
    private func isAPI(_ request: HTTPRequest, context: RequestContext) -> Bool {
        let prefix = apiPrefix.hasSuffix("/") ? String(apiPrefix.dropLast()) : apiPrefix
        let normalised = "/" + context.path.joined(separator: "/")
        return [normalised[...], request.rawPath].contains { $0 == prefix || $0.hasPrefix(prefix + "/") }
    }

    private func log(_ detail: String, context: RequestContext, status: Int) {
        errorLog(
            JSONLine.object([
                ("level", .string("error")), ("request_id", .string(context.requestID)),
                ("route", .string(context.routeLabel)), ("status", .int(status)), ("error", .string(detail)),
            ]))
    }
}
