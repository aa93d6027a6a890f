import { narrativeExportUrl } from '../api/queries';

/** Download links for the last saved version in the QRB layout; unsaved text is not in the file, and the page says so. */
export function ExportLinks(props: { readonly packageId: string; readonly versionNumber: number; readonly isDirty: boolean }) {
  return (
    <>
      <p className="margin-top-0">
        The files hold version {props.versionNumber}, the last one saved, laid out as a QRB reads it: your name on every page,
        page numbers and the ECQ headings.
        {props.isDirty ? ' You have unsaved changes: save them first to include them.' : ''}
      </p>
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <a className="usa-button usa-button--outline" href={narrativeExportUrl(props.packageId, 'docx')} download>
            Download Word (.docx)
          </a>
        </li>
        <li className="usa-button-group__item">
          <a className="usa-button usa-button--outline" href={narrativeExportUrl(props.packageId, 'pdf')} download>
            Download PDF
          </a>
        </li>
      </ul>
    </>
  );
}
