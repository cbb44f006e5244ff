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

    // The font's bytes in native memory of their own, held for the life of the process.
    private static SKData Load(string file)
    {
        var name = $"Diplomacy.Runtime.Plots.Fonts.{file}";
        using var stream = typeof(PlotFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font {name} is missing from {typeof(PlotFonts).Assembly.GetName().Name}");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var data = SKData.CreateCopy(bytes.ToArray());
        using var check = SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"embedded font {name} could not be read");
        return data;
    }

    /// <summary>
    /// Answers for <see cref="Family"/> only; other names fall through to ScottPlot's own resolvers.
    /// Each answer is a typeface of its own, as ScottPlot's own resolvers give: one typeface shared by
    /// every plot (and owned by whoever released it last) is the likely cause of the rare
    /// segmentation faults in libSkiaSharp while drawing, seen twice in a day of runs here.
    /// </summary>
    private sealed class EmbeddedFontResolver(SKData regularData, SKData boldData) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? SKTypeface.FromData(bold ? boldData : regularData) : null;
    }
}
