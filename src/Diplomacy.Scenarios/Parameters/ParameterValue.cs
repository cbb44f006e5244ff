using System.Globalization;

namespace Diplomacy.Scenarios.Parameters;

/// <summary>
/// A value given to a parameter: a number, <c>true</c>/<c>false</c>, or a word (a tactic, a model
/// variant). <see cref="Text"/> is its canonical spelling, the one tables and rerun commands show:
/// numbers in shortest round-trip form, so that <c>0.20</c> and <c>0.2</c> are one value.
/// </summary>
public sealed record ParameterValue
{
    private ParameterValue(string text, double? number, bool? flag)
    {
        Text = text;
        Number = number;
        Flag = flag;
    }

    public string Text { get; }

    /// <summary>The value as a number, or null when it is not one.</summary>
    public double? Number { get; }

    /// <summary>The value as true/false, or null when it is neither.</summary>
    public bool? Flag { get; }

    public static ParameterValue Of(double number) =>
        new((number == 0 ? 0 : number).ToString("R", CultureInfo.InvariantCulture), number == 0 ? 0 : number, null);

    public static ParameterValue Of(bool flag) => new(flag ? "true" : "false", null, flag);

    public static ParameterValue Word(string word) => new(word, null, null);

    /// <summary>Reads a command-line or plain YAML value: a finite number, <c>true</c>, <c>false</c>, or else a word.</summary>
    public static ParameterValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The parse stands alone: Stryker cannot compile a mutant that copies an 'out var' (docs/testing.md).
        var parsed = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number);
        if (parsed && double.IsFinite(number))
        {
            return Of(number);
        }

        return text switch
        {
            "true" => Of(true),
            "false" => Of(false),
            _ => Word(text),
        };
    }

    /// <summary>What the value is, for messages: "the number 3", "the word 'fast'".</summary>
    public string Describe() => (Number, Flag) switch
    {
        ({ }, _) => $"the number {Text}",
        (_, { }) => Text,
        _ => $"the word '{Text}'",
    };

    public override string ToString() => Text;
}
