package de.fahrplan.council.web;

import de.fahrplan.council.PaperFileView;
import de.fahrplan.council.PaperFiles;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Vorlagen", description = "Council papers (OParl Paper) and their Beratungsfolge")
class PaperFileApi {

  private final PaperFiles files;

  PaperFileApi(PaperFiles files) {
    this.files = files;
  }

  @GetMapping("/papers/{id}/files")
  @Operation(summary = "The paper's uploaded Anlagen (OParl File), without their contents")
  PageResponse<PaperFileView> paperFiles(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(files.ofPaper(id), page, size);
  }

  @PostMapping(value = "/papers/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Uploads an Anlage (multipart file, optional title): PDF, OpenDocument, Office Open XML,"
              + " PNG/JPEG/GIF/TIFF/WebP or text, up to the configured size; the type is found in"
              + " the bytes and must agree with the name's ending")
  ResponseEntity<PaperFileView> uploadPaperFile(
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String title)
      throws IOException {
    PaperFileView v =
        files.upload(
            id,
            title,
            file == null ? null : file.getOriginalFilename(),
            file == null ? null : file.getBytes());
    return ResponseEntity.created(URI.create("/api/v1/paper-files/" + v.id())).body(v);
  }

  @GetMapping("/paper-files/{id}")
  PaperFileView getPaperFile(@PathVariable long id) {
    return files.get(id);
  }

  @GetMapping("/paper-files/{id}/content")
  @Operation(summary = "The file's bytes, as a download with the type found in them")
  ResponseEntity<byte[]> paperFileContent(@PathVariable long id) {
    return files.content(id).asAttachment();
  }

  @DeleteMapping("/paper-files/{id}")
  ResponseEntity<Void> deletePaperFile(@PathVariable long id, IfMatch ifMatch) {
    files.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }
}
