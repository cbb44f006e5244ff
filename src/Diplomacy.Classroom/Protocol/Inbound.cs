using System.Globalization;
using System.Text.Json;
using Diplomacy.Contracts.Messages;

namespace Diplomacy.Classroom.Protocol;

/// <summary>
/// One message from a page, read field by field: a type, and the fields that type needs. Anything
/// missing or of the wrong kind is a <see cref="ProtocolException"/> whose words go back to the page.
/// </summary>
internal sealed class Inbound
{
    /// <summary>A page never needs to send more than this in one message.</summary>
    public const int MaxBytes = 16 * 1024;

    private readonly JsonElement _root;

    private Inbound(JsonElement root, string type)
    {
        _root = root;
        Type = type;
    }

    public string Type { get; }

    public static Inbound Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement.Clone();
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                throw new ProtocolException("a message is a JSON object with a 'type'");
            }

            return new Inbound(root, type.GetString()!);
        }
        catch (JsonException)
        {
            throw new ProtocolException("the message is not valid JSON");
        }
    }

    public string Text(string name)
    {
        if (_root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 and <= 200 } text)
        {
            return text;
        }

        throw new ProtocolException($"'{Type}' needs '{name}' as text (at most 200 characters)");
    }

    public double Number(string name)
    {
        if (_root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw new ProtocolException($"'{Type}' needs '{name}' as a number");
    }

    public int Whole(string name)
    {
        var number = Number(name);
        return number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new ProtocolException($"'{Type}' needs '{name}' as a whole number");
    }

    /// <summary>Terms written as an object from issue id to position: <c>{"territory": 40}</c>, in the order written.</summary>
    public IReadOnlyList<TermValue> Terms(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            throw new ProtocolException($"'{Type}' needs '{name}' as an object from issue to position");
        }

        var terms = new List<TermValue>();
        foreach (var term in value.EnumerateObject())
        {
            if (term.Value.ValueKind != JsonValueKind.Number || !term.Value.TryGetDouble(out var position))
            {
                throw new ProtocolException($"the position on '{term.Name}' must be a number");
            }

            terms.Add(new TermValue(term.Name, position));
        }

        return terms;
    }

    public Decision Decision(string name) => Text(name) switch
    {
        "accept" => Contracts.Messages.Decision.Accept,
        "reject" => Contracts.Messages.Decision.Reject,
        "counter" => Contracts.Messages.Decision.Counter,
        var other => throw new ProtocolException($"an answer accepts, rejects or counters, not '{other}'"),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"message '{Type}'");
}

/// <summary>A page sent something the server cannot act on; the message says what, and nothing changed.</summary>
internal sealed class ProtocolException(string message) : Exception(message);
