using Spectre.Console;

namespace Diplomacy.Cli.Review;

/// <summary>
/// Keys for Spectre.Console's prompts read from a text stream, one character at a time, a line
/// break being Enter: so that <c>seed review</c> can be driven by a pipe or a file (and tested)
/// as well as typed at a terminal. At the end of the stream it throws <see cref="EndOfInputException"/>.
/// </summary>
internal sealed class LineInput(TextReader reader) : IAnsiConsoleInput
{
    public bool IsKeyAvailable() => reader.Peek() >= 0;

    public ConsoleKeyInfo? ReadKey(bool intercept)
    {
        while (true)
        {
            var next = reader.Read();
            switch (next)
            {
                case < 0:
                    throw new EndOfInputException();
                case '\r':
                    continue;
                case '\n':
                    return new ConsoleKeyInfo('\r', ConsoleKey.Enter, shift: false, alt: false, control: false);
                case '\b':
                    return new ConsoleKeyInfo('\b', ConsoleKey.Backspace, shift: false, alt: false, control: false);
                default:
                    var c = (char)next;
                    var key = char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A') : ConsoleKey.Spacebar;
                    return new ConsoleKeyInfo(c, c == ' ' ? ConsoleKey.Spacebar : key, shift: false, alt: false, control: false);
            }
        }
    }

    public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
}

/// <summary>The review's input ended before every question was answered; what was decided is already saved.</summary>
internal sealed class EndOfInputException() : Exception("the input ended");
