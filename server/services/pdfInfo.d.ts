/** The sha256 of a PDF and an estimate of its page count (page objects in the file; 0 when compressed away). */
export declare function pdfInfo(bytes: Uint8Array): Promise<{
    sha256: string;
    pageCount: number;
}>;
