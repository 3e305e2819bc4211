using System;
using System.Linq;
using TypedCorpus.RussiaJapan;

// From the corpus package: a section's title and the start of its text.
Console.WriteLine(Documents.Hasegawa2000.Sections.Introduction.Title);
Console.WriteLine(Documents.Hasegawa2000.Sections.Introduction.Text.Substring(0, 40));
Console.WriteLine($"{Documents.All.Count} documents, {Chronology.Events.Count} events, first {Chronology.Events.First().Date}");

// From the reusable generator, over this project's own seeds.
Console.WriteLine(Consumer.Documents.Notes2024.Sections.Background.Title);
