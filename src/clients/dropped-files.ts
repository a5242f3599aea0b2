// Turns a drop (files and whole folders, recursively) or a paste into a flat list of Files.
type Entry = FileSystemEntry;

function isFile(entry: Entry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: Entry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** readEntries returns folders in batches; keep reading until it returns none. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<Entry[]> {
  const reader = directory.createReader();
  const children: Entry[] = [];
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return children;
    children.push(...batch);
  }
}

async function filesOfEntry(entry: Entry, depth: number): Promise<File[]> {
  if (isFile(entry)) return [await fileOf(entry)];
  // Depth cap: a symlink loop in a dropped folder must not hang the tab.
  if (!isDirectory(entry) || depth > 32) return [];
  const nested = await Promise.all(
    (await childrenOf(entry)).map((child) => filesOfEntry(child, depth + 1)),
  );
  return nested.flat();
}

const isHidden = (file: File) => file.name.startsWith('.');

export async function filesFromDataTransfer(transfer: DataTransfer): Promise<File[]> {
  // Entries must be taken synchronously, before the drop event handler returns.
  const entries = Array.from(transfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return Array.from(transfer.files);
  }
  const files = await Promise.all(entries.map((entry) => filesOfEntry(entry as Entry, 0)));
  return files.flat().filter((file) => !isHidden(file));
}
