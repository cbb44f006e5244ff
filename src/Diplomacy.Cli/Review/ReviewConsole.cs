using Spectre.Console;
using Spectre.Console.Rendering;

namespace Diplomacy.Cli.Review;

/// <summary>
/// The console <c>seed review</c> talks through: the real terminal when both ends are one,
/// otherwise a Spectre console that writes plain text to <c>output</c> and reads answers line by
/// line from <c>input</c> (a pipe, a file, a test).
/// </summary>
internal static class ReviewConsole
{
    public static IAnsiConsole Create(TextReader input, TextWriter output)
    {
        if (ReferenceEquals(input, Console.In) && ReferenceEquals(output, Console.Out) && !Console.IsInputRedirected && !Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        inner.Profile.Width = 100;
        return new PipedConsole(inner, new LineInput(input));
    }

    /// <summary>A console that writes through <paramref name="inner"/> and reads keys from <paramref name="input"/>.</summary>
    private sealed class PipedConsole(IAnsiConsole inner, IAnsiConsoleInput input) : IAnsiConsole
    {
        public Profile Profile => inner.Profile;

        public IAnsiConsoleCursor Cursor => inner.Cursor;

        public IAnsiConsoleInput Input => input;

        public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

        public RenderPipeline Pipeline => inner.Pipeline;

        public void Clear(bool home) => inner.Clear(home);

        public void Write(IRenderable renderable) => inner.Write(renderable);

        public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);
    }
}
