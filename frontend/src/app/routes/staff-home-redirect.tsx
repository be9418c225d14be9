import { Navigate } from 'react-router';

export function StaffHomeRedirect() {
  return <Navigate to="/staff/reference" replace />;
}
