using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;

namespace EsmsRules.Cli.CommandLine;

/// <summary>
/// The French <c>--help</c> of a command, written from its System.CommandLine definition (name, description,
/// arguments, options with their descriptions, subcommands) and its <see cref="IHelpEpilogue"/>: a new option appears
/// in the help by being declared. System.CommandLine's own help writes its headings in English (its French resources
/// need a culture the tool's invariant globalisation does not have), hence this writer.
/// </summary>
internal static class FrenchHelp
{
    private const int Width = 100;

    public static void Write(Command command, TextWriter w)
    {
        var path = Path(command);
        foreach (var line in Wrap(command.Description is { Length: > 0 } d ? $"{path} — {d}" : path, Width))
        {
            w.WriteLine(line);
        }

        w.WriteLine();
        w.WriteLine("Usage :");
        var usage = new StringBuilder("  ").Append(path);
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            usage.Append(" <commande>");
        }

        foreach (var a in command.Arguments.Where(a => !a.Hidden))
        {
            usage.Append(' ').Append(a.Arity.MinimumNumberOfValues == 0 ? $"[{ArgumentName(a)}]" : ArgumentName(a));
        }

        usage.Append(" [options]");
        w.WriteLine(usage.ToString());

        Section(w, "Arguments :", command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentName(a), a.Description)));
        Section(w, "Commandes :", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description)));
        Section(w, "Options :", Options(command).Select(o => (OptionName(o), o.Description)));

        if (command is IHelpEpilogue { Epilogue: { Length: > 0 } epilogue })
        {
            w.WriteLine();
            w.WriteLine(epilogue);
        }
    }

    /// <summary>"esms-rules evaluate": the command's name after its parents'.</summary>
    public static string Path(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is not null; s = s.Parents.FirstOrDefault())
        {
            names.Insert(0, s is RootCommand ? "esms-rules" : s.Name);
        }

        return string.Join(" ", names);
    }

    /// <summary>The command's own options, then the recursive ones of its parents (<c>--help</c>).</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        var seen = new HashSet<Option>();
        foreach (var o in command.Options)
        {
            if (!o.Hidden && seen.Add(o))
            {
                yield return o;
            }
        }

        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var o in parent.Options)
            {
                if (o.Recursive && !o.Hidden && seen.Add(o))
                {
                    yield return o;
                }
            }
        }
    }

    private static string ArgumentName(Argument a) => a.HelpName ?? a.Name;

    /// <summary>"-h, --help", "--bareme FICHIER": the aliases, shortest first, and the value an option expects.</summary>
    private static string OptionName(Option o)
    {
        var names = new[] { o.Name }.Concat(o.Aliases).Distinct(StringComparer.Ordinal).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var text = string.Join(", ", names);
        return o.ValueType == typeof(bool) || o.Arity.MaximumNumberOfValues == 0 ? text : $"{text} {o.HelpName ?? "VALEUR"}";
    }

    private static void Section(TextWriter w, string title, IEnumerable<(string Name, string? Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine(title);
        var column = list.Max(r => r.Name.Length) + 4;
        foreach (var (name, description) in list)
        {
            var lines = Wrap(description ?? string.Empty, Width - column);
            w.WriteLine(("  " + name).PadRight(column) + lines[0]);
            foreach (var line in lines.Skip(1))
            {
                w.WriteLine(new string(' ', column) + line);
            }
        }
    }

    /// <summary>Splits <paramref name="text"/> at spaces into lines of at most <paramref name="width"/> characters
    /// (a longer word stands alone on its line); a line break in the text is kept.</summary>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
