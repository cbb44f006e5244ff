using ScottPlot;
using SkiaSharp;

namespace Diplomacy.Runtime.Plots;

/// <summary>
/// Makes ScottPlot draw text with the DejaVu Sans files embedded in this assembly, so that labels
/// render the same on every machine, including ones with no fonts installed.
/// </summary>
public static class PlotFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<bool> Registered = new(Register);

    /// <summary>Safe to call any number of times, from any thread; registers on the first call.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    private static bool Register()
    {
        var resolver = new EmbeddedFontResolver(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));
        Fonts.FontResolvers.Insert(0, resolver);
        Fonts.Default = Family;
        Fonts.Sans = Family;
        return true;
    }

    private static SKTypeface Load(string file)
    {
        var name = $"Diplomacy.Runtime.Plots.Fonts.{file}";
        using var stream = typeof(PlotFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font {name} is missing from {typeof(PlotFonts).Assembly.GetName().Name}");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"embedded font {name} could not be read");
    }

    /// <summary>Answers for <see cref="Family"/> only; other names fall through to ScottPlot's own resolvers.</summary>
    private sealed class EmbeddedFontResolver(SKTypeface regularFace, SKTypeface boldFace) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? (bold ? boldFace : regularFace) : null;
    }
}
