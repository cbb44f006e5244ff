using Microsoft.AspNetCore.Http;

namespace Diplomacy.Classroom.Web;

/// <summary>
/// What every response says about itself: the pages run only the server's own scripts and styles,
/// talk only to this server, and are never framed elsewhere. WebSocket connections from another
/// site's page are refused (a browser always sends the page's origin).
/// </summary>
internal static class SecurityHeaders
{
    public static void Add(HttpContext context)
    {
        var host = context.Request.Host.Value;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws://{host} wss://{host}; " +
            "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }

    /// <summary>True when the request comes from a page of this server, or from no page at all (a program).</summary>
    public static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
