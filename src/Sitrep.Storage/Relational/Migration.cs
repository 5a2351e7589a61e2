namespace Sitrep.Storage.Relational;

/// <summary>One ordered schema step; applied once, recorded in <c>schema_version</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
