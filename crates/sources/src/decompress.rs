//! Transparent gzip and zstd decompression, told by name and magic bytes.

use crate::detect::{Codec, codec_of_magic};
use crate::error::CorruptStream;
use flate2::read::MultiGzDecoder;
use ruzstd::decoding::errors::{FrameDecoderError, ReadFrameHeaderError};
use ruzstd::decoding::{BlockDecodingStrategy, FrameDecoder};
use std::io::{self, BufRead, BufReader, Cursor, Read};

/// A byte stream that can move to another thread.
pub(crate) type Stream = Box<dyn Read + Send>;

/// Reads up to `n` bytes (fewer only at the end of the stream).
pub(crate) fn read_head(r: &mut dyn Read, n: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(n);
    r.take(n as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// Puts already-read bytes back in front of a stream.
pub(crate) fn unread(head: Vec<u8>, rest: Stream) -> Stream {
    Box::new(Cursor::new(head).chain(rest))
}

/// Wraps `raw` in a decoder when its magic bytes, or else its name
/// (`name_codec`), say it is compressed; a damaged stream then fails with
/// a [`CorruptStream`] error.
pub(crate) fn decompress(mut raw: Stream, name_codec: Option<Codec>) -> io::Result<Stream> {
    let magic = read_head(&mut raw, 4)?;
    let codec = codec_of_magic(&magic).or(name_codec);
    let raw = unread(magic, raw);
    Ok(match codec {
        None => raw,
        Some(Codec::Gzip) => Box::new(GzipReader(MultiGzDecoder::new(raw))),
        Some(Codec::Zstd) => {
            Box::new(ZstdReader { src: BufReader::new(raw), dec: FrameDecoder::new(), in_frame: false })
        }
    })
}

/// Multi-member gzip; every error is the stream's fault.
struct GzipReader<R: Read>(MultiGzDecoder<R>);

impl<R: Read> Read for GzipReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(|e| match e.kind() {
            io::ErrorKind::Interrupted => e,
            _ => CorruptStream::io("gzip", e),
        })
    }
}

/// Zstd with every frame of the stream decoded in turn (concatenated
/// `.zst` files hold several), skippable frames skipped and checksums
/// checked.
struct ZstdReader<R: BufRead> {
    src: R,
    dec: FrameDecoder,
    in_frame: bool,
}

fn zstd_err(e: impl std::fmt::Display) -> io::Error {
    CorruptStream::io("zstd", e)
}

impl<R: BufRead> Read for ZstdReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if !self.in_frame {
                if self.src.fill_buf()?.is_empty() {
                    return Ok(0);
                }
                match self.dec.reset(&mut self.src) {
                    Ok(()) => self.in_frame = true,
                    Err(FrameDecoderError::ReadFrameHeaderError(ReadFrameHeaderError::SkipFrame {
                        length, ..
                    })) => {
                        let want = u64::from(length);
                        let got = io::copy(&mut (&mut self.src).take(want), &mut io::sink())?;
                        if got < want {
                            return Err(zstd_err("truncated skippable frame"));
                        }
                        continue;
                    }
                    Err(e) => return Err(zstd_err(e)),
                }
            }
            while self.dec.can_collect() < buf.len() && !self.dec.is_finished() {
                let before = (self.dec.can_collect(), self.dec.blocks_decoded());
                let need = buf.len() - self.dec.can_collect();
                self.dec.decode_blocks(&mut self.src, BlockDecodingStrategy::UptoBytes(need)).map_err(zstd_err)?;
                if before == (self.dec.can_collect(), self.dec.blocks_decoded()) && !self.dec.is_finished() {
                    return Err(zstd_err("decoder made no progress"));
                }
            }
            let n = self.dec.read(buf).map_err(zstd_err)?;
            if n > 0 {
                return Ok(n);
            }
            if !self.dec.is_finished() {
                return Err(zstd_err("decoder made no progress"));
            }
            let sums = self.dec.get_checksum_from_data().zip(self.dec.get_calculated_checksum());
            if sums.is_some_and(|(want, got)| want != got) {
                return Err(zstd_err("checksum mismatch"));
            }
            self.in_frame = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::SourceError;
    use flate2::{Compression, write::GzEncoder};
    use std::io::Write;

    pub(crate) fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }

    fn zstd(data: &[u8]) -> Vec<u8> {
        ruzstd::encoding::compress_to_vec(data, ruzstd::encoding::CompressionLevel::Fastest)
    }

    fn read_all(bytes: Vec<u8>, codec: Option<Codec>) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        decompress(Box::new(Cursor::new(bytes)), codec)?.read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn plain_passes_through() {
        assert_eq!(read_all(b"hello".to_vec(), None).unwrap(), b"hello");
        assert_eq!(read_all(b"hi".to_vec(), None).unwrap(), b"hi");
        assert_eq!(read_all(Vec::new(), None).unwrap(), b"");
    }

    #[test]
    fn gzip_multi_member_by_magic() {
        let mut bytes = gzip(b"first ");
        bytes.extend(gzip(b"second"));
        assert_eq!(read_all(bytes, None).unwrap(), b"first second");
    }

    #[test]
    fn zstd_multi_frame_by_magic() {
        let mut bytes = zstd(b"first ");
        // A skippable frame between the two.
        bytes.extend([0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3]);
        bytes.extend(zstd(&b"second ".repeat(1000)));
        let out = read_all(bytes, None).unwrap();
        assert!(out.starts_with(b"first second "));
        assert_eq!(out.len(), 6 + 7000);
    }

    #[test]
    fn corrupt_streams_are_tagged() {
        let mut bytes = gzip(&b"some text that compresses ".repeat(50));
        let n = bytes.len();
        bytes.truncate(n / 2);
        let err = read_all(bytes, None).unwrap_err();
        let msg = SourceError::from_io("f.gz", err).to_string();
        assert!(msg.starts_with("f.gz: corrupt gzip stream: "), "{msg}");

        // Named .gz but not gzip at all.
        let err = read_all(b"plain text, not gzip".to_vec(), Some(Codec::Gzip)).unwrap_err();
        assert!(SourceError::from_io("f.gz", err).to_string().contains("corrupt gzip stream"));

        let mut bytes = zstd(&b"zstd text ".repeat(500));
        let n = bytes.len();
        bytes.truncate(n - 5);
        let err = read_all(bytes, None).unwrap_err();
        let msg = SourceError::from_io("f.zst", err).to_string();
        assert!(msg.starts_with("f.zst: corrupt zstd stream: "), "{msg}");

        let err = read_all(b"not zstd".to_vec(), Some(Codec::Zstd)).unwrap_err();
        assert!(SourceError::from_io("f.zst", err).to_string().contains("corrupt zstd"));
    }
}
