// Unit tests translate as the server does: with both whole catalogues (decision record 0043).
import './catalogues.server';
