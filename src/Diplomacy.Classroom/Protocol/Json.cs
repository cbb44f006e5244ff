using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Diplomacy.Classroom.Protocol;

/// <summary>How every message to a page is written: camel-case names, nulls left out, UTF-8 bytes made once and sent to every connection.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Default,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static byte[] Bytes(object message) => JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), Options);
}
