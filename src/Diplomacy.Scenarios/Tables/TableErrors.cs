using System.Globalization;
using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Scenarios.Tables;

/// <summary>Collects a table's mistakes so that the user sees all of them at once (up to a limit).</summary>
internal sealed class TableErrors(string file)
{
    private const int Limit = 20;
    private readonly List<InputError> _errors = [];

    public void Add(int line, int column, string message)
    {
        if (_errors.Count < Limit)
        {
            _errors.Add(new InputError(new SourceLocation(file, line, column), message));
        }
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new InputException(_errors);
        }
    }

    /// <summary>The cell as a finite number within [minimum, maximum], or null after recording why not.</summary>
    public double? Number(int line, CsvField field, string what, double minimum = double.NegativeInfinity, double maximum = double.PositiveInfinity)
    {
        // The parse stands alone: Stryker cannot compile a mutant that copies an 'out var' (docs/testing.md).
        var parsed = double.TryParse(field.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
        if (!parsed || !double.IsFinite(value))
        {
            Add(line, field.Column, $"expected a number for {what}, got '{field.Text}'");
            return null;
        }

        if (value < minimum || value > maximum)
        {
            Add(line, field.Column, $"{what} must be {Bounds(minimum, maximum)}, got {field.Text}");
            return null;
        }

        // Adding zero turns -0 into 0, so that no output ever spells "-0".
        return value + 0.0;
    }

    private static string Bounds(double minimum, double maximum) => double.IsPositiveInfinity(maximum)
        ? $"at least {minimum.ToString(CultureInfo.InvariantCulture)}"
        : $"between {minimum.ToString(CultureInfo.InvariantCulture)} and {maximum.ToString(CultureInfo.InvariantCulture)}";
}
