using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedCorpus.RussiaJapan;

namespace TypedCorpus.Cli;

/// <summary>Parses the command line and runs one command.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    private const string Title = "typedcorpus: the typed Russia-Japan corpus from the command line.";

    // Each command's usage, as 'help' lists them all and 'COMMAND --help' shows its own.
    private static readonly (string Command, string Usage)[] Usages =
    {
        ("export", """
              typedcorpus export [--pretty]            the whole corpus as JSON on stdout
            """),
        ("list", """
              typedcorpus list                         the documents, with counts
            """),
        ("show", """
              typedcorpus show ID [SECTION]            a document's section tree, or one section's text
                                                       (SECTION: member name, number or title; a/b for a subsection)
            """),
        ("events", """
              typedcorpus events [--from DATE] [--to DATE] [--doc ID]
                                                       the chronology: events in date order with their sources
                                                       (DATE: 1997, 1997-11 or 1997-11-01; both ends included)
            """),
        ("normalize", """
              typedcorpus normalize --ocr              read a JSON array of strings on stdin, print the array of their
                                                       OCR corrections (same order and length)
            """),
        ("check", """
              typedcorpus check FOLDER [--all]         parse a seed folder and print the generator's diagnostics
                                                       (errors and warnings; --all adds notes); exit 1 on errors
            """),
        ("help", """
              typedcorpus help [COMMAND]               this text, or one command's
              typedcorpus COMMAND --help               the same
            """),
    };

    private static bool IsHelpOption(string arg) => arg is "--help" or "-h";

    private static bool IsHelp(string arg) => arg == "help" || IsHelpOption(arg);

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, Console.In, output, error);

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || (IsHelp(args[0]) && args.Length == 1))
        {
            WriteUsage(output, Usages);
            return args.Length == 0 ? Usage : Success;
        }

        // "help show" and "show --help" (anywhere after the command) both ask for one command's usage.
        var command = IsHelp(args[0]) ? args[1] : args[0];
        if (IsHelp(args[0]) || args.Skip(1).Any(IsHelpOption))
        {
            var usage = Usages.Where(u => u.Command == command).ToArray();
            if (usage.Length == 0)
            {
                return Fail(error, $"unknown command '{command}'. Run 'typedcorpus help' for the commands.");
            }

            WriteUsage(output, usage);
            return Success;
        }

        var rest = args.Skip(1).ToList();
        try
        {
            return command switch
            {
                "export" => Export(rest, output, error),
                "list" => NoArguments(rest, error, () => ListCommand.Run(Documents.All, output)),
                "show" => Show(rest, output, error),
                "events" => Events(rest, output, error),
                "normalize" => rest.Count == 1 && rest[0] == "--ocr"
                    ? NormalizeCommand.Run(Documents.All, input, output, error)
                    : Fail(error, "normalize takes --ocr (the one correction it knows): typedcorpus normalize --ocr < strings.json"),
                "check" => Check(rest, output, error),
                _ => Fail(error, $"unknown command '{command}'. Run 'typedcorpus help' for the commands."),
            };
        }
        catch (IOException exception)
        {
            error.WriteLine($"typedcorpus: {exception.Message}");
            return Failure;
        }
    }

    private static int Export(List<string> args, TextWriter output, TextWriter error)
    {
        var pretty = args.Remove("--pretty");
        if (args.Count > 0)
        {
            return Fail(error, $"export takes no argument '{args[0]}'.");
        }

        using var stdout = Console.OpenStandardOutput();
        var target = ReferenceEquals(output, Console.Out) ? stdout : null;
        if (target is null)
        {
            using var buffer = new MemoryStream();
            JsonExport.Write(buffer, Documents.All, Chronology.Events, pretty);
            output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            JsonExport.Write(target, Documents.All, Chronology.Events, pretty);
        }

        output.WriteLine();
        return Success;
    }

    private static int Show(List<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count is < 1 or > 2)
        {
            return Fail(error, "show takes a document id and, optionally, a section.");
        }

        var document = Documents.All.FirstOrDefault(d => string.Equals(d.Id, args[0], StringComparison.OrdinalIgnoreCase));
        if (document is null)
        {
            return Fail(error, $"no document '{args[0]}'. The documents are: {string.Join(", ", Documents.All.Select(d => d.Id))}.");
        }

        if (args.Count == 1)
        {
            ShowCommand.Tree(document, output);
            return Success;
        }

        var section = document.FindSection(args[1]);
        if (section is null)
        {
            return Fail(error, $"{document.Id} has no section '{args[1]}'. Run 'typedcorpus show {document.Id}' for its sections.");
        }

        ShowCommand.Section(section, output);
        return Success;
    }

    private static int Events(List<string> args, TextWriter output, TextWriter error)
    {
        CorpusDate? from = null, to = null;
        string? document = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (i + 1 >= args.Count || args[i] is not ("--from" or "--to" or "--doc"))
            {
                return Fail(error, $"events takes --from DATE, --to DATE and --doc ID; '{args[i]}' is not one of them.");
            }

            var value = args[++i];
            if (args[i - 1] == "--doc")
            {
                document = Documents.All.FirstOrDefault(d => string.Equals(d.Id, value, StringComparison.OrdinalIgnoreCase))?.Id;
                if (document is null)
                {
                    return Fail(error, $"no document '{value}'. The documents are: {string.Join(", ", Documents.All.Select(d => d.Id))}.");
                }
            }
            else if (PartialDate.TryParse(value, out var date))
            {
                if (args[i - 1] == "--from")
                {
                    from = date;
                }
                else
                {
                    to = date;
                }
            }
            else
            {
                return Fail(error, $"'{value}' is not a date: write 1997, 1997-11 or 1997-11-01.");
            }
        }

        var events = Chronology.Events.Where(e =>
            (from is null || e.Date.Latest >= from.Value.Earliest)
            && (to is null || e.Date.Earliest <= to.Value.Latest)
            && (document is null || e.Sources.Any(s => s.Document.Id == document)));
        return EventsCommand.Run(events, output);
    }

    private static int Check(List<string> args, TextWriter output, TextWriter error)
    {
        var all = args.Remove("--all");
        if (args.Count != 1)
        {
            return Fail(error, "check takes one folder: the one holding catalog.json and the seed .txt files.");
        }

        if (!Directory.Exists(args[0]))
        {
            return Fail(error, $"no folder '{args[0]}'.");
        }

        return CheckCommand.Run(args[0], all, output);
    }

    private static void WriteUsage(TextWriter output, IEnumerable<(string Command, string Usage)> usages)
    {
        output.WriteLine(Title);
        output.WriteLine();
        output.WriteLine("Usage:");
        foreach (var (_, usage) in usages)
        {
            output.WriteLine(usage);
        }
    }

    private static int NoArguments(List<string> args, TextWriter error, Func<int> run) =>
        args.Count == 0 ? run() : Fail(error, $"unexpected argument '{args[0]}'.");

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("typedcorpus: " + message);
        return Usage;
    }
}
