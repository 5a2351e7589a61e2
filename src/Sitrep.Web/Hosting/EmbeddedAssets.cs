using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Sitrep.Web.Hosting;

/// <summary>Serves the web app from resources named <c>wwwroot/PATH</c> in this assembly.</summary>
internal sealed class EmbeddedAssets : IFileProvider
{
    private const string Prefix = "wwwroot/";
    private readonly Assembly _assembly = typeof(EmbeddedAssets).Assembly;
    private readonly Dictionary<string, string> _resources;
    private readonly DateTimeOffset _built;

    public EmbeddedAssets()
    {
        // Resource names carry the build machine's directory separator; requests always use '/'.
        _resources = _assembly.GetManifestResourceNames()
            .Select(name => (name, path: name.Replace('\\', '/')))
            .Where(r => r.path.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(r => r.path[Prefix.Length..], r => r.name, StringComparer.Ordinal);
        _built = BuiltAt();
    }

    public IEnumerable<string> Paths => _resources.Keys;

    /// <summary>When the assets were built, for Last-Modified: the time of this assembly's file, or of the executable
    /// when the app is compiled into one (natively compiled, the assembly has no file of its own).</summary>
    private DateTimeOffset BuiltAt()
    {
        var file = Path.Combine(AppContext.BaseDirectory, _assembly.GetName().Name + ".dll");
        if (!File.Exists(file))
        {
            file = Environment.ProcessPath ?? "";
        }

        return File.Exists(file) ? File.GetLastWriteTimeUtc(file) : DateTimeOffset.UnixEpoch;
    }

    public IFileInfo GetFileInfo(string subpath)
    {
        var key = subpath.TrimStart('/');
        return _resources.TryGetValue(key, out var name)
            ? new Asset(_assembly, name, Path.GetFileName(key), _built)
            : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class Asset(Assembly assembly, string resource, string name, DateTimeOffset modified) : IFileInfo
    {
        public bool Exists => true;

        public long Length { get; } = Open(assembly, resource).Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => modified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => Open(assembly, resource);

        private static Stream Open(Assembly assembly, string resource) =>
            assembly.GetManifestResourceStream(resource) ?? throw new FileNotFoundException(resource);
    }
}
