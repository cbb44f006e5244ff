using System.Globalization;
using Spectre.Console;

namespace Diplomacy.Cli.Review;

/// <summary>
/// The questions review asks. An empty answer skips the rest of the item (nothing of it is
/// written) and <c>quit</c> stops the review; both come back as <see cref="Answer.Skip"/> and
/// <see cref="Answer.Quit"/>. Numbers are read with a dot for decimals whatever the locale.
/// </summary>
internal sealed class ReviewPrompts(IAnsiConsole console)
{
    public const string QuitWord = "quit";

    /// <summary>A number in [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public Answer<double> Number(string label, double minimum, double maximum, string hint)
    {
        var text = console.Prompt(new TextPrompt<string>($"{Markup.Escape(label)} [grey]({Markup.Escape(hint)})[/]:")
            .AllowEmpty()
            .Validate(answer => IsControl(answer) || (TryParse(answer, out var value) && value >= minimum && value <= maximum)
                ? ValidationResult.Success()
                : ValidationResult.Error($"[red]a number from {Format(minimum)} to {Format(maximum)}, with a dot for decimals; Enter skips, '{QuitWord}' stops[/]")));
        return Control<double>(text) ?? Answer<double>.Of(Parse(text));
    }

    /// <summary>One line of text (an assumption, a scale end, a role).</summary>
    public Answer<string> Text(string label, string hint)
    {
        var text = console.Prompt(new TextPrompt<string>($"{Markup.Escape(label)} [grey]({Markup.Escape(hint)})[/]:").AllowEmpty());
        return Control<string>(text) ?? Answer<string>.Of(text.Trim());
    }

    /// <summary>One of <paramref name="choices"/> (or skip/quit).</summary>
    public Answer<string> Choice(string label, IReadOnlyList<string> choices)
    {
        var text = console.Prompt(new TextPrompt<string>($"{Markup.Escape(label)} [grey]({Markup.Escape(string.Join(" / ", choices))}, Enter skips, '{QuitWord}' stops)[/]:")
            .AllowEmpty()
            .Validate(answer => IsControl(answer) || choices.Contains(answer.Trim(), StringComparer.OrdinalIgnoreCase)
                ? ValidationResult.Success()
                : ValidationResult.Error($"[red]one of: {Markup.Escape(string.Join(", ", choices))}[/]")));
        return Control<string>(text) ?? Answer<string>.Of(text.Trim().ToLowerInvariant());
    }

    private static bool IsControl(string answer) => answer.Trim().Length == 0 || string.Equals(answer.Trim(), QuitWord, StringComparison.OrdinalIgnoreCase);

    private static Answer<T>? Control<T>(string answer) =>
        answer.Trim().Length == 0 ? Answer<T>.Skip
        : string.Equals(answer.Trim(), QuitWord, StringComparison.OrdinalIgnoreCase) ? Answer<T>.Quit
        : null;

    private static bool TryParse(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static double Parse(string text) => double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}

/// <summary>What the reviewer said: a value, or skip this item, or stop.</summary>
internal sealed record Answer<T>(T? Value, bool IsSkip, bool IsQuit)
{
    public static Answer<T> Skip { get; } = new(default, true, false);

    public static Answer<T> Quit { get; } = new(default, false, true);

    public bool HasValue => !IsSkip && !IsQuit;

    public static Answer<T> Of(T value) => new(value, false, false);
}
