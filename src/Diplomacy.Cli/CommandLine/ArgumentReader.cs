namespace Diplomacy.Cli.CommandLine;

/// <summary>
/// A small reader for <c>--name value</c>, <c>--name=value</c>, <c>--flag</c> and positional
/// arguments. Hand-written rather than a framework so that <c>forecast</c> starts fast: start-up
/// time is part of what it is measured on.
/// </summary>
public sealed class ArgumentReader
{
    private readonly List<string> _positionals = [];
    private readonly List<ParsedOption> _options = [];
    private readonly HashSet<string> _consumed = [];

    public ArgumentReader(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var list = new List<string>(args);
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg == "--")
            {
                _positionals.AddRange(list.GetRange(i + 1, list.Count - i - 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                _positionals.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                _options.Add(new ParsedOption(arg[2..equals], arg[(equals + 1)..]));
            }
            else if (flags.Contains(arg[2..]))
            {
                _options.Add(new ParsedOption(arg[2..], null));
            }
            else if (i + 1 < list.Count)
            {
                _options.Add(new ParsedOption(arg[2..], list[++i]));
            }
            else
            {
                throw new UsageException($"option '{arg}' needs a value");
            }
        }
    }

    public IReadOnlyList<string> Positionals => _positionals;

    public bool Flag(string name)
    {
        _consumed.Add(name);
        return _options.Any(o => o.Name == name);
    }

    public string? Option(string name)
    {
        _consumed.Add(name);
        ParsedOption? match = null;
        foreach (var option in _options)
        {
            if (option.Name != name)
            {
                continue;
            }

            if (match is not null)
            {
                throw new UsageException($"option '--{name}' is given more than once");
            }

            match = option;
        }

        return match is null ? null : match.Value
            ?? throw new UsageException($"option '--{name}' needs a value");
    }

    /// <summary>Every value of an option that may be given more than once (<c>--set a=1 --set b=2</c>), in order.</summary>
    public IReadOnlyList<string> Repeated(string name)
    {
        _consumed.Add(name);
        return _options.Where(o => o.Name == name)
            .Select(o => o.Value ?? throw new UsageException($"option '--{name}' needs a value"))
            .ToList();
    }

    /// <summary>A whole number in [<paramref name="minimum"/>, <paramref name="maximum"/>]: the same ranges the files allow.</summary>
    public int? IntOption(string name, int minimum = int.MinValue, int maximum = int.MaxValue)
    {
        var text = Option(name);
        if (text is null)
        {
            return null;
        }

        var range = $"from {minimum} to {maximum}";
        if (!int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            // All digits but beyond int: out of range, not "not a number".
            throw new UsageException(IsWholeNumber(text)
                ? $"option '--{name}' must be {range}, got {text}"
                : $"option '--{name}' expects a whole number {range}, got '{text}'");
        }

        if (value < minimum || value > maximum)
        {
            throw new UsageException($"option '--{name}' must be {range}, got {value}");
        }

        return value;
    }

    public string Choice(string name, string fallback, params string[] allowed)
    {
        var value = Option(name) ?? fallback;
        if (Array.IndexOf(allowed, value) < 0)
        {
            throw new UsageException($"option '--{name}' expects one of {string.Join(", ", allowed)}, got '{value}'");
        }

        return value;
    }

    /// <summary>Call after reading every option: any left over is a typo the user should hear about, with the nearest known option.</summary>
    public void RejectUnknown()
    {
        foreach (var option in _options)
        {
            if (!_consumed.Contains(option.Name))
            {
                throw new UsageException($"unknown option '--{option.Name}'{Nearest(option.Name)}");
            }
        }
    }

    public string Positional(int index, string what)
    {
        if (index >= _positionals.Count)
        {
            throw new UsageException($"missing {what}");
        }

        return _positionals[index];
    }

    public void ExpectPositionals(int maximum)
    {
        if (_positionals.Count <= maximum)
        {
            return;
        }

        var extra = _positionals[maximum];
        throw new UsageException(extra.Length > 1 && extra[0] == '-'
            ? $"unknown option '{extra}'{Nearest(extra.TrimStart('-'))}"
            : $"unexpected argument '{extra}'");
    }

    /// <summary>" (did you mean '--seed'?)" for the option read by this command nearest to <paramref name="name"/>, else empty.</summary>
    private string Nearest(string name)
    {
        var known = new List<string>(_consumed);
        known.Sort(StringComparer.Ordinal);
        return Diplomacy.Scenarios.Yaml.EditDistance.Suggest(name, known) is { } suggestion ? $" (did you mean '--{suggestion}'?)" : string.Empty;
    }

    private static bool IsWholeNumber(string text)
    {
        var digits = text.AsSpan();
        if (digits.Length > 0 && digits[0] is '+' or '-')
        {
            digits = digits[1..];
        }

        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
